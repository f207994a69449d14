package dev.ormkit.softdelete.tenant;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;

/** A tenant's board: tenant-scoped, not soft-deletable. */
@Entity
public class Board extends BaseEntity {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    private String name;

    protected Board() {}

    public Board(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
