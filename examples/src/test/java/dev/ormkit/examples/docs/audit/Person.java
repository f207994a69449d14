package dev.ormkit.examples.docs.audit;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.MappedSuperclass;

/** The application's own superclass of docs/audit.md and docs/soft-delete.md: entities with and without auditing or soft delete extend it. */
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
