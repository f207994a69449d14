package dev.ormkit.examples.docs.observability;

import dev.ormkit.softdelete.SoftDeletableEntity;
import jakarta.persistence.Entity;

/** A soft-deletable row, purged in docs/observability.md's progress example. */
@Entity
public class Customer extends SoftDeletableEntity {

    private static final long serialVersionUID = 1L;

    private String email;

    protected Customer() {}

    public Customer(String email) {
        this.email = email;
    }

    public String getEmail() {
        return email;
    }
}
