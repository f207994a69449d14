package dev.ormkit.examples.springtenant;

import dev.ormkit.softdelete.SoftDeletableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;

/** Tenant-scoped and soft-deletable. */
@Entity
public class Ledger extends SoftDeletableEntity {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    private String title;

    protected Ledger() {}

    public Ledger(String title) {
        this.title = title;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getTitle() {
        return title;
    }
}
