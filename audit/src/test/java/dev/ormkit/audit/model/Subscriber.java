package dev.ormkit.audit.model;

import dev.ormkit.audit.AuditedDeletionWithColumns;
import dev.ormkit.audit.DeletionAuditColumns;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import java.time.Instant;

/** Audited and soft-deletable with a superclass of its own: embedded audit columns, deletedAt mapped here. */
@Entity
public class Subscriber extends Person implements AuditedDeletionWithColumns {

    @Embedded
    private DeletionAuditColumns audit = new DeletionAuditColumns();

    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected Subscriber() {}

    public Subscriber(String name) {
        super(name);
    }

    @Override
    public DeletionAuditColumns auditColumns() {
        return audit;
    }

    @Override
    public Instant getDeletedAt() {
        return deletedAt;
    }

    @Override
    public void setDeletedAt(Instant deletedAt) {
        this.deletedAt = deletedAt;
    }
}
