package dev.ormkit.softdelete.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.softdelete.SoftDeleteException;
import dev.ormkit.softdelete.SoftDeletes;
import dev.ormkit.softdelete.routes.Bootstraps.Bootstrap;
import dev.ormkit.softdelete.routes.Bootstraps.Row;
import dev.ormkit.testkit.PostgresTest;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.Root;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every deletion route Hibernate offers, under every bootstrap: each either soft-deletes (the row is still there,
 * with {@code deleted_at} from the clock and the version incremented, its join-table and element-collection rows
 * kept) or is refused with {@link SoftDeleteException} before any row changes. Rows are read with plain JDBC.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeleteRoutesTest {

    @RegisterExtension
    static final Bootstraps bootstraps = new Bootstraps();

    private SessionFactory factory(Bootstrap bootstrap) {
        return bootstraps.factory(bootstrap);
    }

    private void inTransaction(Bootstrap bootstrap, Consumer<Session> work) {
        factory(bootstrap).inTransaction(work);
    }

    private Article article(Bootstrap bootstrap) {
        Article article = new Article("a-" + UUID.randomUUID());
        Topic topic = new Topic("t");
        article.getKeywords().add("orm");
        article.getTopics().add(topic);
        inTransaction(bootstrap, session -> {
            session.persist(topic);
            session.persist(article);
        });
        return article;
    }

    private Instant tick() {
        bootstraps.clock.advance(Duration.ofSeconds(1));
        return bootstraps.clock.instant();
    }

    /** The row is there, deleted at {@code when}, one version further, and its collection rows are kept. */
    private void assertSoftDeleted(Bootstrap bootstrap, Article article, Instant when) {
        Row row = bootstraps.row(bootstrap, "article", article.getId());
        assertThat(row.exists()).isTrue();
        assertThat(row.deletedAt()).isEqualTo(when);
        assertThat(row.version()).isEqualTo(1L);
        assertThat(bootstraps.count(bootstrap, "select count(*) from article_keyword where article_id = ?",
                article.getId())).isEqualTo(1);
        assertThat(bootstraps.count(bootstrap, "select count(*) from article_topic where article_id = ?",
                article.getId())).isEqualTo(1);
    }

    private void assertLive(Bootstrap bootstrap, String table, UUID id) {
        Row row = bootstraps.row(bootstrap, table, id);
        assertThat(row.exists()).isTrue();
        assertThat(row.deletedAt()).isNull();
        assertThat(row.version()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Bootstrap.class)
    void sessionRemoveSoftDeletes(Bootstrap bootstrap) {
        Article article = article(bootstrap);
        Instant now = tick();

        inTransaction(bootstrap, session -> session.remove(session.find(Article.class, article.getId())));

        assertSoftDeleted(bootstrap, article, now);
    }

    @ParameterizedTest
    @EnumSource(Bootstrap.class)
    void cascadedRemoveAndOrphanRemovalSoftDelete(Bootstrap bootstrap) {
        Folder folder = new Folder("f");
        Sheet kept = folder.sheet("kept");
        Sheet orphan = folder.sheet("orphan");
        inTransaction(bootstrap, session -> session.persist(folder));

        Instant orphaned = tick();
        inTransaction(bootstrap, session -> session.find(Folder.class, folder.getId()).getSheets()
                .removeIf(sheet -> sheet.getId().equals(orphan.getId())));
        assertThat(bootstraps.row(bootstrap, "sheet", orphan.getId()).deletedAt()).isEqualTo(orphaned);
        assertLive(bootstrap, "sheet", kept.getId());

        Instant removed = tick();
        inTransaction(bootstrap, session -> session.remove(session.find(Folder.class, folder.getId())));
        assertThat(bootstraps.row(bootstrap, "folder", folder.getId()).deletedAt()).isEqualTo(removed);
        assertThat(bootstraps.row(bootstrap, "sheet", kept.getId()).deletedAt()).isEqualTo(removed);
        assertThat(bootstraps.row(bootstrap, "sheet", orphan.getId()).deletedAt()).isEqualTo(orphaned);
    }

    @ParameterizedTest
    @EnumSource(Bootstrap.class)
    void removeOfADetachedInstanceNeverHardDeletes(Bootstrap bootstrap) {
        Article article = article(bootstrap);

        try {
            inTransaction(bootstrap, session -> session.remove(article));
        } catch (RuntimeException refused) {
            assertThat(refused).satisfiesAnyOf(
                    e -> assertThat(e).isInstanceOf(IllegalArgumentException.class),
                    e -> assertThat(e).isInstanceOf(SoftDeleteException.class));
        }

        assertThat(bootstraps.row(bootstrap, "article", article.getId()).exists()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Bootstrap.class)
    void statelessDeleteSoftDeletes(Bootstrap bootstrap) {
        Article article = article(bootstrap);
        Instant now = tick();

        factory(bootstrap).inStatelessTransaction(session -> session.delete(session.get(Article.class,
                article.getId())));

        assertSoftDeleted(bootstrap, article, now);
    }

    @ParameterizedTest
    @EnumSource(Bootstrap.class)
    void statelessBulkDeleteSoftDeletes(Bootstrap bootstrap) {
        Article article = article(bootstrap);
        Instant now = tick();

        int count = factory(bootstrap).fromStatelessTransaction((StatelessSession session) -> session
                .createMutationQuery("delete from Article a where a.title = :title")
                .setParameter("title", article.getTitle()).executeUpdate());

        assertThat(count).isOne();
        assertSoftDeleted(bootstrap, article, now);
    }

    @ParameterizedTest
    @EnumSource(Bootstrap.class)
    void jpqlBulkDeleteSoftDeletes(Bootstrap bootstrap) {
        Article article = article(bootstrap);
        Instant now = tick();

        int count = factory(bootstrap).fromTransaction(session -> jpa(session)
                .createQuery("delete from Article a where a.id = :id").setParameter("id", article.getId())
                .executeUpdate());

        assertThat(count).isOne();
        assertSoftDeleted(bootstrap, article, now);
    }

    /** The plain JPA view of a session, as an application without Hibernate's API uses it. */
    private static jakarta.persistence.EntityManager jpa(Session session) {
        return session;
    }

    @ParameterizedTest
    @EnumSource(Bootstrap.class)
    void criteriaBulkDeleteSoftDeletesWithTheClockOfEachRun(Bootstrap bootstrap) {
        Article first = article(bootstrap);
        Article second = article(bootstrap);
        Instant firstRun = tick();
        deleteByCriteria(bootstrap, first.getId());
        Instant secondRun = tick();
        deleteByCriteria(bootstrap, second.getId());

        assertSoftDeleted(bootstrap, first, firstRun);
        assertSoftDeleted(bootstrap, second, secondRun);
    }

    private void deleteByCriteria(Bootstrap bootstrap, UUID id) {
        inTransaction(bootstrap, session -> {
            CriteriaBuilder builder = session.getCriteriaBuilder();
            CriteriaDelete<Article> delete = builder.createCriteriaDelete(Article.class);
            Root<Article> root = delete.from(Article.class);
            delete.where(builder.equal(root.get("id"), id));
            assertThat(session.createMutationQuery(delete).executeUpdate()).isOne();
        });
    }

    @ParameterizedTest
    @EnumSource(Bootstrap.class)
    void bulkDeleteLeavesDeletedRowsAsTheyAre(Bootstrap bootstrap) {
        Article article = article(bootstrap);
        Instant first = tick();
        inTransaction(bootstrap, session -> session.remove(session.find(Article.class, article.getId())));
        tick();

        int count = factory(bootstrap).fromTransaction(session -> SoftDeletes.includingDeleted(session, () -> session
                .createMutationQuery("delete from Article a where a.id = :id").setParameter("id", article.getId())
                .executeUpdate()));

        assertThat(count).isZero();
        assertSoftDeleted(bootstrap, article, first);
    }

    @ParameterizedTest
    @EnumSource(Bootstrap.class)
    void bulkDeleteOfAnEntityThatCascadesIsRefusedBeforeAnyRowChanges(Bootstrap bootstrap) {
        Folder folder = new Folder("bulk");
        Sheet sheet = folder.sheet("s");
        inTransaction(bootstrap, session -> session.persist(folder));

        assertThatThrownBy(() -> inTransaction(bootstrap, session -> session
                .createMutationQuery("delete from Folder f where f.id = :id").setParameter("id", folder.getId())
                .executeUpdate()))
                .isInstanceOf(SoftDeleteException.class)
                .hasMessageContaining("Folder")
                .hasMessageContaining("cascades remove")
                .hasMessageContaining("SoftDeletes.deleteAll");

        assertLive(bootstrap, "folder", folder.getId());
        assertLive(bootstrap, "sheet", sheet.getId());
    }

    @ParameterizedTest
    @EnumSource(Bootstrap.class)
    void bulkDeleteOfAJoinedHierarchyIsRefusedBeforeAnyRowChanges(Bootstrap bootstrap) {
        WallShelf shelf = new WallShelf("w", 3);
        inTransaction(bootstrap, session -> session.persist(shelf));

        assertThatThrownBy(() -> inTransaction(bootstrap, session -> session
                .createMutationQuery("delete from Shelf s where s.id = :id").setParameter("id", shelf.getId())
                .executeUpdate()))
                .isInstanceOf(SoftDeleteException.class)
                .hasMessageContaining("Shelf")
                .hasMessageContaining("several tables");

        assertLive(bootstrap, "shelf", shelf.getId());
        assertThat(bootstraps.count(bootstrap, "select count(*) from wall_shelf where id = ?", shelf.getId()))
                .isOne();
    }

    @ParameterizedTest
    @EnumSource(Bootstrap.class)
    void aJoinedHierarchyStillSoftDeletesThroughRemove(Bootstrap bootstrap) {
        WallShelf shelf = new WallShelf("w", 2);
        inTransaction(bootstrap, session -> session.persist(shelf));
        Instant now = tick();

        inTransaction(bootstrap, session -> session.remove(session.find(Shelf.class, shelf.getId())));

        assertThat(bootstraps.row(bootstrap, "shelf", shelf.getId()).deletedAt()).isEqualTo(now);
    }

    @ParameterizedTest
    @EnumSource(Bootstrap.class)
    void bulkDeleteThroughTheMappedSuperclassChangesNothingWhenAnyEntityIsRefused(Bootstrap bootstrap) {
        Article article = article(bootstrap);
        Folder folder = new Folder("poly");
        inTransaction(bootstrap, session -> session.persist(folder));

        assertThatThrownBy(() -> inTransaction(bootstrap, session -> session
                .createMutationQuery("delete from dev.ormkit.softdelete.SoftDeletableEntity e where e.id in (:ids)")
                .setParameter("ids", java.util.List.of(article.getId(), folder.getId()))
                .executeUpdate()))
                .isInstanceOf(SoftDeleteException.class);

        assertLive(bootstrap, "article", article.getId());
        assertLive(bootstrap, "folder", folder.getId());
    }

    @ParameterizedTest
    @EnumSource(Bootstrap.class)
    void aHandWrittenBulkUpdateOfDeletedAtIncrementsTheVersion(Bootstrap bootstrap) {
        Article article = article(bootstrap);
        Instant now = tick();

        inTransaction(bootstrap, session -> session
                .createMutationQuery("update Article a set a.deletedAt = :now where a.id = :id")
                .setParameter("now", now).setParameter("id", article.getId()).executeUpdate());

        assertSoftDeleted(bootstrap, article, now);
    }

    @ParameterizedTest
    @EnumSource(Bootstrap.class)
    void deleteAllSoftDeletesInOneStatementOrThroughRemoveWhenTheEntityCascades(Bootstrap bootstrap) {
        Article article = article(bootstrap);
        Folder folder = new Folder("deleteAll-" + UUID.randomUUID());
        Sheet sheet = folder.sheet("s");
        inTransaction(bootstrap, session -> session.persist(folder));
        Instant now = tick();

        long articles = factory(bootstrap).fromTransaction(session -> SoftDeletes.deleteAll(session, Article.class,
                QuerySpec.<Article>where("e.title = :t").bind("t", article.getTitle())));
        long folders = factory(bootstrap).fromTransaction(session -> SoftDeletes.deleteAll(session, Folder.class,
                QuerySpec.<Folder>where("e.name = :n").bind("n", folder.getName())));

        assertThat(articles).isOne();
        assertThat(folders).isOne();
        assertSoftDeleted(bootstrap, article, now);
        assertThat(bootstraps.row(bootstrap, "folder", folder.getId()).deletedAt()).isEqualTo(now);
        assertThat(bootstraps.row(bootstrap, "sheet", sheet.getId()).deletedAt()).isEqualTo(now);
    }

    @ParameterizedTest
    @EnumSource(Bootstrap.class)
    void purgeRefusesALiveRowAndDeletesASoftDeletedOneWithItsCollectionRows(Bootstrap bootstrap) {
        Article article = article(bootstrap);

        assertThatThrownBy(() -> inTransaction(bootstrap, session -> SoftDeletes.purge(session, article)))
                .isInstanceOf(SoftDeleteException.class)
                .hasMessageContaining("live");
        assertLive(bootstrap, "article", article.getId());

        inTransaction(bootstrap, session -> session.remove(session.find(Article.class, article.getId())));
        boolean purged = factory(bootstrap).fromTransaction(session -> SoftDeletes.purge(session, article));

        assertThat(purged).isTrue();
        assertThat(bootstraps.row(bootstrap, "article", article.getId()).exists()).isFalse();
        assertThat(bootstraps.count(bootstrap, "select count(*) from article_topic where article_id = ?",
                article.getId())).isZero();
    }

    @ParameterizedTest
    @EnumSource(Bootstrap.class)
    void purgeDeletedBeforeStillDeletesForReal(Bootstrap bootstrap) {
        Article article = article(bootstrap);
        inTransaction(bootstrap, session -> session.remove(session.find(Article.class, article.getId())));
        Instant cutoff = tick();

        int purged = factory(bootstrap).fromTransaction(session -> SoftDeletes.purgeDeletedBefore(session,
                Article.class, cutoff));

        assertThat(purged).isPositive();
        assertThat(bootstraps.row(bootstrap, "article", article.getId()).exists()).isFalse();
        assertThat(bootstraps.count(bootstrap, "select count(*) from article_keyword where article_id = ?",
                article.getId())).isZero();
    }
}
