package dev.ormkit.softdelete.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.OrmKit;
import dev.ormkit.softdelete.SoftDeletes;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.sql.SqlLog;
import org.junit.jupiter.api.Test;

/** Native SQL is the application's to get right; the testkit catches a native DELETE of a soft-deletable table. */
@PostgresTest(entities = {Article.class, Topic.class, Folder.class, Sheet.class, Shelf.class, WallShelf.class})
class NativeDeleteCheckTest {

    @Test
    void theTablesOfSoftDeletableEntitiesAreKnown(OrmKit orm) {
        assertThat(SoftDeletes.tables(orm.entityManagerFactory()))
                .containsExactly("article", "folder", "sheet", "shelf", "wall_shelf");
    }

    @Test
    void aNativeDeleteOfASoftDeletableTableFailsTheCheck(OrmKit orm, SqlCapture capture) {
        Article article = new Article("native");
        orm.inTransaction(session -> session.persist(article));

        SqlLog log = capture.record(() -> orm.inTransaction(session -> session
                .createNativeMutationQuery("delete from public.\"article\" where id = :id")
                .setParameter("id", article.getId()).executeUpdate()));

        assertThatThrownBy(() -> log.assertNoDeleteFrom(SoftDeletes.tables(orm.entityManagerFactory())))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("hard-deleted rows of")
                .hasMessageContaining("delete from public.\"article\"");
    }

    @Test
    void ormkitsOwnDeletesPassTheCheck(OrmKit orm, SqlCapture capture) {
        Article bulk = new Article("jpql");
        Article removed = new Article("remove");
        orm.inTransaction(session -> {
            session.persist(bulk);
            session.persist(removed);
        });

        capture.record(() -> orm.inTransaction(session -> {
            session.createMutationQuery("delete from Article a where a.id = :id").setParameter("id", bulk.getId())
                    .executeUpdate();
            session.remove(session.find(Article.class, removed.getId()));
        })).assertNoDeleteFrom(SoftDeletes.tables(orm.entityManagerFactory())).assertCount(
                dev.ormkit.testkit.sql.StatementKind.UPDATE, 2);
    }
}
