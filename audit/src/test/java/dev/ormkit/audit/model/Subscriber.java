package dev.ormkit.audit.model;

import dev.ormkit.audit.AuditedDeletionWithColumns;
import dev.ormkit.audit.DeletionAuditColumns;
import dev.ormkit.softdelete.SoftDeletableWithColumn;
import dev.ormkit.softdelete.SoftDeleteColumn;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;

/** Audited and soft-deletable with a superclass of its own: embedded audit columns and deleted_at, no mapping. */
@Entity
public class Subscriber extends Person implements AuditedDeletionWithColumns, SoftDeletableWithColumn {

    @Embedded
    private DeletionAuditColumns audit = new DeletionAuditColumns();

    @Embedded
    private SoftDeleteColumn deletion = new SoftDeleteColumn();

    protected Subscriber() {}

    public Subscriber(String name) {
        super(name);
    }

    @Override
    public DeletionAuditColumns auditColumns() {
        return audit;
    }

    @Override
    public SoftDeleteColumn softDeleteColumn() {
        return deletion == null ? (deletion = new SoftDeleteColumn()) : deletion;
    }
}
