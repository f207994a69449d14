package dev.ormkit.softdelete.routes;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Entity;

/** A plain entity an {@link Article} refers to through a join table. */
@Entity
public class Topic extends BaseEntity {

    private String name;

    protected Topic() {}

    public Topic(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
