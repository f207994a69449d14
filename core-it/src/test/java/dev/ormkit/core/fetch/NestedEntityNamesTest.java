package dev.ormkit.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.BaseEntity;
import dev.ormkit.core.OrmKit;
import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.core.paging.Sort;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.repository.EntityRepository;
import dev.ormkit.testkit.PostgresTest;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Entities declared as nested classes are named in messages by their entity name, never {@code Model$Author}. */
@PostgresTest(entities = {NestedEntityNamesTest.Author.class, NestedEntityNamesTest.Book.class,
        NestedEntityNamesTest.PublishingHouse.class})
class NestedEntityNamesTest {

    @Entity
    static class Author extends BaseEntity {

        @OneToMany(mappedBy = "author", cascade = CascadeType.ALL)
        List<Book> books = new ArrayList<>();

        String name = "Ada";

        String getName() {
            return name;
        }
    }

    @Entity
    static class Book extends BaseEntity {

        @ManyToOne(fetch = FetchType.LAZY)
        Author author;
    }

    @Entity(name = "Imprint")
    static class PublishingHouse extends BaseEntity {}

    private static UUID seed(OrmKit orm) {
        return orm.fromTransaction(session -> {
            Author author = new Author();
            Book book = new Book();
            book.author = author;
            author.books.add(book);
            session.persist(author);
            return book.getId();
        });
    }

    @Test
    void aLazyCollectionIsNamedByTheEntityName(OrmKit orm) {
        UUID bookId = seed(orm);
        orm.inTransaction(session -> {
            Author author = session.find(Book.class, bookId).author;
            UUID authorId = author.getId();
            session.clear();
            Author loaded = session.find(Author.class, authorId);
            assertThatThrownBy(() -> loaded.books.size())
                    .isInstanceOfSatisfying(LazyLoadOutsidePlanException.class, e -> {
                        assertThat(e.entity()).isEqualTo("Author");
                        assertThat(e.getMessage()).contains("Author[" + authorId + "].books")
                                .contains("Author.books is not in the fetch plan").doesNotContain("$");
                    });
        });
    }

    @Test
    void aLazyToOneIsNamedByTheEntityName(OrmKit orm) {
        UUID bookId = seed(orm);
        orm.inTransaction(session -> {
            Book book = session.find(Book.class, bookId);
            assertThatThrownBy(() -> book.author.getName())
                    .isInstanceOfSatisfying(LazyLoadOutsidePlanException.class, e -> {
                        assertThat(e.entity()).isEqualTo("Book");
                        assertThat(e.getMessage()).contains("Book.author -> Author[").doesNotContain("$");
                    });
        });
    }

    @Test
    void repositoryMessagesUseTheSameNames(OrmKit orm) {
        UUID missing = UUID.randomUUID();
        orm.inTransaction(session -> {
            assertThatThrownBy(() -> new EntityRepository<>(Author.class, () -> session).get(missing))
                    .hasMessageStartingWith("No Author with id " + missing);
            assertThatThrownBy(() -> new EntityRepository<>(PublishingHouse.class, () -> session).get(missing))
                    .as("@Entity(name) wins").hasMessageStartingWith("No Imprint with id " + missing);
            assertThatThrownBy(() -> new EntityRepository<>(Author.class, () -> session)
                    .page(QuerySpec.<Author>all().orderBy(Sort.asc("nope")), PageRequest.ofSize(5)))
                    .hasMessageContaining("Author has no such property").hasMessageNotContaining("$");
        });
    }
}
