package dev.ormkit.core.write;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind")
public abstract class Animal extends BaseEntity {

    private String name;

    protected Animal() {}

    Animal(String name) {
        this.name = name;
    }

    String getName() {
        return name;
    }
}
