package dev.ormkit.examples.spring;

import dev.ormkit.audit.AuditedSoftDeletableEntity;
import dev.ormkit.audit.ChangeLogged;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A patient record: audited, soft-deleted and change-logged, in an application Spring Boot bootstraps. */
@Entity
@Table(name = "patient", indexes = @Index(name = "patient_name_id", columnList = "name, id"))
@ChangeLogged
public class Patient extends AuditedSoftDeletableEntity {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String species;

    /** The patient's vet, if one is assigned: a lazy association a fetch plan loads with the page. */
    @ManyToOne(fetch = FetchType.LAZY)
    private Vet vet;

    protected Patient() {}

    public Patient(String name, String species) {
        this.name = name;
        this.species = species;
    }

    public String getName() {
        return name;
    }

    public String getSpecies() {
        return species;
    }

    public Vet getVet() {
        return vet;
    }

    public void assignTo(Vet vet) {
        this.vet = vet;
    }

    public void rename(String name) {
        this.name = name;
    }
}
