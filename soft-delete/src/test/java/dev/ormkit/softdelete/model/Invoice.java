package dev.ormkit.softdelete.model;

import jakarta.persistence.Entity;

@Entity
public class Invoice extends Document {

    private long totalCents;

    protected Invoice() {}

    public Invoice(String title, long totalCents) {
        super(title);
        this.totalCents = totalCents;
    }
}
