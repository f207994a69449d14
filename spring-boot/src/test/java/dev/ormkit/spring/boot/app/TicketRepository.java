package dev.ormkit.spring.boot.app;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;

/** A Spring Data JPA repository with nothing of ormkit in it. */
public interface TicketRepository extends JpaRepository<Ticket, UUID> {

    @Transactional
    long deleteByTitle(String title);
}
