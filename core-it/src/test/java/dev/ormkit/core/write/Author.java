package dev.ormkit.core.write;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Entity;

@Entity
public class Author extends BaseEntity {

    private String name;

    /** Set by a test PRE_INSERT listener, as the audit module sets created_by. */
    private String createdBy;

    protected Author() {}

    Author(String name) {
        this.name = name;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    String getCreatedBy() {
        return createdBy;
    }
}
