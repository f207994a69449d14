package dev.ormkit.examples.spring;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;

/** A Spring Data JPA repository with nothing of ormkit in it. */
public interface AppointmentRepository extends JpaRepository<Appointment, UUID> {

    @Transactional
    long deleteByRoom(String room);
}
