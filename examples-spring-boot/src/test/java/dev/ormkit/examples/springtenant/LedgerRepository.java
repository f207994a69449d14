package dev.ormkit.examples.springtenant;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** A Spring Data JPA repository with nothing of ormkit or tenants in it. */
public interface LedgerRepository extends JpaRepository<Ledger, UUID> {}
