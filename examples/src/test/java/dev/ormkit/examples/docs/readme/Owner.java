package dev.ormkit.examples.docs.readme;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Entity;

// tag::quick-start[]
@Entity
public class Owner extends BaseEntity {          // id (UUIDv7), createdAt, updatedAt, version
    private String name;
    protected Owner() {}
    public Owner(String name) { this.name = name; }
    public void rename(String name) { this.name = name; }
}
// end::quick-start[]
