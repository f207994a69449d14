package dev.ormkit.spring.boot.app;

import dev.ormkit.core.fetch.FetchPlan;
import dev.ormkit.core.paging.CursoredPage;
import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.core.paging.Sort;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.repository.EntityRepository;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** ormkit's repository as a Spring bean on Spring's shared EntityManager: keyset pages by title, with the customer. */
@Repository
@Transactional(readOnly = true)
public class TicketPages extends EntityRepository<Ticket> {

    public TicketPages(EntityManager entityManager) {
        super(Ticket.class, () -> entityManager);
    }

    public CursoredPage<Ticket> byTitle(PageRequest request) {
        return scroll(QuerySpec.<Ticket>all().orderBy(Sort.asc("title"))
                .fetch(FetchPlan.of("customer")), request);
    }
}
