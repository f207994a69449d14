package dev.ormkit.core.clinic;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** A tenant-scoped appointment at a {@link Branch}; its indexes lead with the tenant column. */
@Entity
@Table(name = "appointment", indexes = {
        @Index(name = "appointment_tenant_branch", columnList = "tenant_id, branch_id"),
        @Index(name = "appointment_tenant_slot", columnList = "tenant_id, slot, id")})
public class Appointment extends BaseEntity {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(nullable = false)
    private int slot;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "branch_id", nullable = false)
    private Branch branch;

    protected Appointment() {}

    public Appointment(Branch branch, int slot) {
        this.branch = branch;
        this.slot = slot;
    }

    public String getTenantId() {
        return tenantId;
    }

    public int getSlot() {
        return slot;
    }

    public Branch getBranch() {
        return branch;
    }
}
