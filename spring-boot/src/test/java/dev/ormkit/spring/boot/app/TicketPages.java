package dev.ormkit.spring.boot.app;

import dev.ormkit.core.fetch.FetchPlan;
import dev.ormkit.core.paging.CursoredPage;
import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.core.paging.Sort;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.repository.EntityRepository;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/**
 * ormkit's repository as a Spring bean on Spring's shared EntityManager: keyset pages by title, with the customer.
 * A {@code @Component}, not a {@code @Repository} or {@code @Transactional} bean: those get a CGLIB proxy, which
 * cannot proxy EntityRepository's final methods (Spring warns); ormkit throws its own exception types anyway.
 * Callers run it in their transaction.
 */
@Component
public class TicketPages extends EntityRepository<Ticket> {

    public TicketPages(EntityManager entityManager) {
        super(Ticket.class, () -> entityManager);
    }

    public CursoredPage<Ticket> byTitle(PageRequest request) {
        return scroll(QuerySpec.<Ticket>all().orderBy(Sort.asc("title"))
                .fetch(FetchPlan.of("customer")), request);
    }
}
