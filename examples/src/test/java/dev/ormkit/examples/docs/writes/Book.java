package dev.ormkit.examples.docs.writes;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Entity;

/** A row of docs/fast-writes.md's examples. */
@Entity
public class Book extends BaseEntity {

    private static final long serialVersionUID = 1L;

    private String title;

    protected Book() {}

    public Book(String title) {
        this.title = title;
    }

    public String getTitle() {
        return title;
    }
}
