package dev.ormkit.examples.docs.observability;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;

/** The owner of docs/observability.md's examples. */
@Entity
public class Owner extends BaseEntity {

    private static final long serialVersionUID = 1L;

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

    public String getName() {
        return name;
    }

    public List<Pet> getPets() {
        return pets;
    }
}
