package dev.ormkit.softdelete.routes;

import jakarta.data.repository.By;
import jakarta.data.repository.Delete;
import jakarta.data.repository.Find;
import jakarta.data.repository.Insert;
import jakarta.data.repository.Repository;
import java.util.Optional;
import java.util.UUID;

/** A Jakarta Data repository; Hibernate Processor generates {@code ArticleCatalog_} on a {@code StatelessSession}. */
@Repository
public interface ArticleCatalog {

    @Insert
    void add(Article article);

    @Find
    Optional<Article> byId(UUID id);

    @Delete
    void remove(Article article);

    @Delete
    void removeByTitle(@By("title") String title);
}
