package dev.ormkit.examples.clinic;

import dev.ormkit.softdelete.SoftDeletableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A visit of a pet to a vet. */
@Entity
@Table(name = "visit")
public class Visit extends SoftDeletableEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pet_id", nullable = false)
    private Pet pet;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vet_id", nullable = false)
    private Vet vet;

    @Column(nullable = false)
    private LocalDate date;

    @Column(nullable = false)
    private String reason;

    protected Visit() {}

    Visit(Pet pet, LocalDate date, String reason, Vet vet) {
        this.pet = pet;
        this.date = date;
        this.reason = reason;
        this.vet = vet;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getReason() {
        return reason;
    }

    public Vet getVet() {
        return vet;
    }
}
