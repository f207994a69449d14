package dev.ormkit.examples.docs.writes;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Entity;

/** A row of docs/fast-writes.md's examples. */
@Entity
public class Author extends BaseEntity {

    private static final long serialVersionUID = 1L;

    private String title;

    protected Author() {}

    public Author(String title) {
        this.title = title;
    }

    public String getTitle() {
        return title;
    }
}
