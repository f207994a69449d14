package dev.ormkit.examples.docs.softdelete;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.MappedSuperclass;

/** The application's own superclass of docs/soft-delete.md. */
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
