package dev.ormkit.examples.docs.observability;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/** A visit of docs/observability.md's examples. */
@Entity
public class Visit extends BaseEntity {

    private static final long serialVersionUID = 1L;

    private String reason;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Pet pet;

    protected Visit() {}

    Visit(Pet pet, String reason) {
        this.pet = pet;
        this.reason = reason;
    }

    public String getReason() {
        return reason;
    }
}
