package dev.ormkit.audit.model;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.MappedSuperclass;

/** An application's own superclass, shared by audited and plain entities (the sample's Person). */
@MappedSuperclass
public abstract class Person extends BaseEntity {

    private String name;

    protected Person() {}

    protected Person(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
