package dev.ormkit.benchmarks.fetch;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** What a Spring Data user writes to load a page of parents with both collections. */
public interface ParentPages extends JpaRepository<FetchModel.Parent, UUID> {

    @EntityGraph(attributePaths = {"children", "phones"})
    Page<FetchModel.Parent> findAllBy(Pageable pageable);
}
