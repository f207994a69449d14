package dev.ormkit.examples.clinic;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A pet owner. Extending BaseEntity gives the UUIDv7 id, created/updated timestamps and the version. */
@Entity
@Table(name = "owner")
public class Owner extends BaseEntity {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String city;

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Pet> pets = new ArrayList<>();

    protected Owner() {}

    public Owner(String name, String city) {
        this.name = name;
        this.city = city;
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
