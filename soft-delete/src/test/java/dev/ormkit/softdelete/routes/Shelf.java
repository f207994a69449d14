package dev.ormkit.softdelete.routes;

import dev.ormkit.softdelete.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** A soft-deletable JOINED hierarchy: its rows span two tables. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Shelf extends SoftDeletableEntity {

    private String name;

    protected Shelf() {}

    public Shelf(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
