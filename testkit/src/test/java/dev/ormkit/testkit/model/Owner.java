package dev.ormkit.testkit.model;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;

@Entity
public class Owner extends BaseEntity {

    @Column(nullable = false)
    private String name;

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL)
    private List<Pet> pets = new ArrayList<>();

    protected Owner() {}

    public Owner(String name) {
        this.name = name;
    }

    public Pet adopt(String petName) {
        Pet pet = new Pet(this, petName);
        pets.add(pet);
        return pet;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public String getName() {
        return name;
    }

    public List<Pet> getPets() {
        return pets;
    }
}
