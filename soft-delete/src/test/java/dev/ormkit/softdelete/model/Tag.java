package dev.ormkit.softdelete.model;

import dev.ormkit.softdelete.SoftDeletableEntity;
import jakarta.persistence.Entity;

@Entity
public class Tag extends SoftDeletableEntity {

    private String label;

    protected Tag() {}

    public Tag(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
