package dev.ormkit.examples.docs.audit;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.MappedSuperclass;

/** The application's own superclass of docs/audit.md: audited and unaudited entities extend it. */
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
