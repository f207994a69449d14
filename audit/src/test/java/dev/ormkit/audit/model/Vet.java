package dev.ormkit.audit.model;

import jakarta.persistence.Entity;

/** Extends the same superclass as {@link Client} but is neither audited nor soft-deletable. */
@Entity
public class Vet extends Person {

    protected Vet() {}

    public Vet(String name) {
        super(name);
    }
}
