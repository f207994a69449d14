package dev.ormkit.core.entity;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;

/** An owning one-to-many (the sample application's Owner–Pet shape): adding a child increments only the version. */
@Entity
public class Household extends BaseEntity {

    private String name;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "household_id")
    private List<Resident> residents = new ArrayList<>();

    protected Household() {}

    Household(String name) {
        this.name = name;
    }

    void setName(String name) {
        this.name = name;
    }

    void addResident(String residentName) {
        residents.add(new Resident(residentName));
    }
}
