package dev.ormkit.core.write;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("dog")
public class Dog extends Animal {

    private Integer barks;

    protected Dog() {}

    Dog(String name, Integer barks) {
        super(name);
        this.barks = barks;
    }

    Integer getBarks() {
        return barks;
    }
}
