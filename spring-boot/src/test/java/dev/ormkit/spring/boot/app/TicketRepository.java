package dev.ormkit.spring.boot.app;

import java.util.UUID;
import dev.ormkit.spring.boot.data.OrmKitQueries;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;

/** A Spring Data JPA repository; ormkit adds only its query fragment, {@link OrmKitQueries}. */
// tag::repository[]
public interface TicketRepository extends JpaRepository<Ticket, UUID>, OrmKitQueries<Ticket> {

    @Transactional
    long deleteByTitle(String title);
}
// end::repository[]
