package dev.ormkit.examples.spring;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** A Spring Data repository: BaseEntity's null version tells Spring Data a Vet is new, so save() persists. */
public interface VetRepository extends JpaRepository<Vet, UUID> {

    List<Vet> findBySpecialtyOrderByName(String specialty);
}
