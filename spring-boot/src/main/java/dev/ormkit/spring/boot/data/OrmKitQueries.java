package dev.ormkit.spring.boot.data;

import dev.ormkit.core.paging.CursoredPage;
import dev.ormkit.core.paging.Page;
import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.core.query.QuerySpec;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

/**
 * A Spring Data repository fragment that gives a Spring Data JPA repository ormkit's queries: keyset pages with
 * signed cursors, offset pages, and fetch plans — on Spring's shared {@code EntityManager}, in the caller's
 * transaction. Extend it next to {@code JpaRepository}; Spring Data finds {@link OrmKitQueriesImpl} by itself.
 *
 * <pre>{@code
 * public interface TicketRepository extends JpaRepository<Ticket, UUID>, OrmKitQueries<Ticket> {}
 *
 * CursoredPage<Ticket> page = tickets.scroll(
 *         QuerySpec.<Ticket>all().orderBy(Sort.asc("title")).fetch("customer"), PageRequest.ofSize(50));
 * }</pre>
 *
 * Each method behaves as the {@code EntityRepository} method of the same name; the repository's domain type must
 * extend {@code BaseEntity}. Like Spring Data's own read methods, each runs in a read-only transaction of its own
 * unless the caller has one; read associations the fetch plan did not load inside the caller's transaction.
 *
 * @param <T> the repository's domain type
 */
@Transactional(readOnly = true)
public interface OrmKitQueries<T> {

    /** A keyset page; see {@code EntityRepository.scroll}. */
    CursoredPage<T> scroll(QuerySpec<? super T> spec, PageRequest request);

    /** An offset page; see {@code EntityRepository.page}. */
    Page<T> page(QuerySpec<? super T> spec, PageRequest request);

    /** A capped list; see {@code EntityRepository.list}. */
    List<T> list(QuerySpec<? super T> spec);
}
