package dev.ormkit.core.entity;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Entity;

@Entity
public class Resident extends BaseEntity {

    private String name;

    protected Resident() {}

    Resident(String name) {
        this.name = name;
    }
}
