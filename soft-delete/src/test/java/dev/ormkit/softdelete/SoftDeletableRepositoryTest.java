package dev.ormkit.softdelete;

import dev.ormkit.core.OrmKit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.core.paging.Sort;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.softdelete.model.Tag;
import java.util.List;
import org.junit.jupiter.api.Test;

@SoftDeleteModelTest
class SoftDeletableRepositoryTest {

    private final OrmKit orm;

    SoftDeletableRepositoryTest(OrmKit orm) {
        this.orm = orm;
    }

    private static List<String> labels(List<Tag> tags) {
        return tags.stream().map(Tag::getLabel).toList();
    }

    @Test
    void deleteHideWithRestoreAndPurgeThroughTheRepository() {
        Tag red = new Tag("repo-red");
        Tag blue = new Tag("repo-blue");
        orm.inTransaction(session -> new SoftDeletableRepository<>(Tag.class, () -> session).saveAll(List.of(red, blue)));
        orm.inTransaction(session -> {
            SoftDeletableRepository<Tag> tags = new SoftDeletableRepository<>(Tag.class, () -> session);
            tags.delete(tags.get(red.getId()));
        });
        QuerySpec<Tag> repoTags = QuerySpec.<Tag>where("e.label like :prefix").bind("prefix", "repo-%").orderBy(Sort.asc("label"));

        orm.inTransaction(session -> {
            SoftDeletableRepository<Tag> tags = new SoftDeletableRepository<>(Tag.class, () -> session);
            assertThat(labels(tags.page(repoTags, PageRequest.ofSize(10)).content())).containsExactly("repo-blue");
            assertThat(labels(tags.with(Visibility.INCLUDING_DELETED,
                    () -> tags.page(repoTags, PageRequest.ofSize(10)).content()))).containsExactly("repo-blue", "repo-red");
            assertThat(tags.with(Visibility.ONLY_DELETED, () -> tags.count(repoTags))).isEqualTo(1);
            assertThat(tags.count(repoTags)).as("the scope ended with the call").isEqualTo(1);
        });

        int restored = orm.fromTransaction(session ->
                new SoftDeletableRepository<>(Tag.class, () -> session).restore(red.getId()));
        assertThatThrownBy(() -> orm.inTransaction(session ->
                new SoftDeletableRepository<>(Tag.class, () -> session).purge(blue)))
                .as("purge deletes only soft-deleted rows").isInstanceOf(SoftDeleteException.class);
        orm.inTransaction(session -> new SoftDeletableRepository<>(Tag.class, () -> session).delete(
                session.find(Tag.class, blue.getId())));
        boolean purged = orm.fromTransaction(session ->
                new SoftDeletableRepository<>(Tag.class, () -> session).purge(blue));

        assertThat(restored).isEqualTo(1);
        assertThat(purged).isTrue();
        assertThat(orm.<List<String>>fromTransaction(session -> labels(new SoftDeletableRepository<>(Tag.class, () -> session)
                .with(Visibility.INCLUDING_DELETED, () -> new SoftDeletableRepository<>(Tag.class, () -> session)
                        .list(repoTags))))).containsExactly("repo-red");
    }
}
