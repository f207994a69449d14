package dev.ormkit.softdelete.model;

import dev.ormkit.softdelete.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** JOINED hierarchy whose root is soft-deletable. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Document extends SoftDeletableEntity {

    private String title;

    protected Document() {}

    public Document(String title) {
        this.title = title;
    }

    public String getTitle() {
        return title;
    }
}
