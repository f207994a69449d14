package dev.ormkit.examples.spring;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** A Spring Data JPA repository over a change-logged entity, which cannot be soft-deleted in bulk. */
public interface PatientRecords extends JpaRepository<Patient, UUID> {
}
