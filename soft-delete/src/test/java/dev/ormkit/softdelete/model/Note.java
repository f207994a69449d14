package dev.ormkit.softdelete.model;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/** A plain (not soft-deletable) entity that refers to a customer: history that must stay readable. */
@Entity
public class Note extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    private Customer author;

    private String text;

    protected Note() {}

    public Note(Customer author, String text) {
        this.author = author;
        this.text = text;
    }

    public Customer getAuthor() {
        return author;
    }
}
