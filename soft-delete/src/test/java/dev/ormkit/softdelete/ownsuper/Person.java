package dev.ormkit.softdelete.ownsuper;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.MappedSuperclass;

/** The application's own superclass, shared by a soft-deletable entity and a plain one. */
@MappedSuperclass
public abstract class Person extends BaseEntity {

    private static final long serialVersionUID = 1L;

    private String name;

    protected Person() {}

    protected Person(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
