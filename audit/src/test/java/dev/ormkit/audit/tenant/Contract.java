package dev.ormkit.audit.tenant;

import dev.ormkit.audit.AuditedSoftDeletableEntity;
import dev.ormkit.audit.ChangeLogged;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;

/** Tenant-scoped, audited, soft-deletable and change-logged: every ormkit concern on one entity. */
@Entity
@ChangeLogged
public class Contract extends AuditedSoftDeletableEntity {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    private long amountCents;

    protected Contract() {}

    public Contract(long amountCents) {
        this.amountCents = amountCents;
    }

    public String getTenantId() {
        return tenantId;
    }

    public void setAmountCents(long amountCents) {
        this.amountCents = amountCents;
    }
}
