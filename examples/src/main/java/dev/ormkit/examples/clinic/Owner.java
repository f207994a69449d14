package dev.ormkit.examples.clinic;

import dev.ormkit.audit.AuditedSoftDeletableEntity;
import dev.ormkit.audit.ChangeLogged;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A pet owner: audited (who created, changed, deleted), soft-deletable, and change-logged. One superclass,
 * {@link AuditedSoftDeletableEntity}, gives all of it.
 */
@Entity
@Table(name = "owner")
@ChangeLogged
public class Owner extends AuditedSoftDeletableEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String city;

    @Column(nullable = false)
    private String email;

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Pet> pets = new ArrayList<>();

    protected Owner() {}

    public Owner(String name, String city, String email) {
        this.name = name;
        this.city = city;
        this.email = email;
    }

    public Pet adopt(String petName, String species) {
        Pet pet = new Pet(this, petName, species);
        pets.add(pet);
        return pet;
    }

    public String getName() {
        return name;
    }

    public String getCity() {
        return city;
    }

    public void moveTo(String newCity) {
        this.city = newCity;
    }

    public List<Pet> getPets() {
        return pets;
    }
}
