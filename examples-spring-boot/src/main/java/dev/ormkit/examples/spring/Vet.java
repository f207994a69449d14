package dev.ormkit.examples.spring;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A veterinarian: an ormkit entity in an application where Spring Boot bootstraps JPA. */
@Entity
@Table(name = "vet")
public class Vet extends BaseEntity {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String specialty;

    protected Vet() {}

    public Vet(String name, String specialty) {
        this.name = name;
        this.specialty = specialty;
    }

    public String getName() {
        return name;
    }

    public String getSpecialty() {
        return specialty;
    }

    public void specialiseIn(String specialty) {
        this.specialty = specialty;
    }
}
