package dev.ormkit.core.clinic;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** A tenant-scoped clinic branch: Hibernate's {@code @TenantId} discriminator in column {@code tenant_id}. */
@Entity
@Table(name = "branch")
public class Branch extends BaseEntity {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(nullable = false)
    private String name;

    protected Branch() {}

    public Branch(String name) {
        this.name = name;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getName() {
        return name;
    }
}
