package dev.ormkit.spring.boot.app;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A plain ormkit entity. */
@Entity
public class Customer extends BaseEntity {

    @Column(nullable = false)
    private String name;

    protected Customer() {}

    public Customer(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
