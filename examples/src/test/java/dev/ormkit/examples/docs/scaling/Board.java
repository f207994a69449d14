package dev.ormkit.examples.docs.scaling;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.TenantId;

/** A tenant's board of tickets, in docs/scaling.md's tenant examples. */
@Entity
public class Board extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    private String name;

    protected Board() {}

    public Board(String name) {
        this.name = name;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getName() {
        return name;
    }
}
