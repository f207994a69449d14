package dev.ormkit.examples.docs.scaling;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/** A pet of docs/scaling.md's replica examples. */
@Entity
public class Pet extends BaseEntity {

    private static final long serialVersionUID = 1L;

    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Owner owner;

    protected Pet() {}

    Pet(Owner owner, String name) {
        this.owner = owner;
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
