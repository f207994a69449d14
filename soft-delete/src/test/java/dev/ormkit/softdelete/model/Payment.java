package dev.ormkit.softdelete.model;

import dev.ormkit.softdelete.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** SINGLE_TABLE hierarchy whose root is soft-deletable. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
public abstract class Payment extends SoftDeletableEntity {

    private long cents;

    protected Payment() {}

    protected Payment(long cents) {
        this.cents = cents;
    }

    public long getCents() {
        return cents;
    }
}
