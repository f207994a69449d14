package dev.ormkit.softdelete.ownsuper;

import jakarta.persistence.Entity;

/** A plain entity with the same superclass: really deleted. */
@Entity
public class Vet extends Person {

    private static final long serialVersionUID = 1L;

    protected Vet() {}

    public Vet(String name) {
        super(name);
    }
}
