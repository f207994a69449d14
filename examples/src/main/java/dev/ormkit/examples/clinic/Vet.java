package dev.ormkit.examples.clinic;

import dev.ormkit.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A veterinarian: audited, never soft-deleted. */
@Entity
@Table(name = "vet")
public class Vet extends AuditedEntity {

    private static final long serialVersionUID = 1L;

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
}
