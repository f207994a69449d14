package dev.ormkit.core.write;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("cat")
public class Cat extends Animal {

    private Boolean indoor;

    protected Cat() {}

    Cat(String name, Boolean indoor) {
        super(name);
        this.indoor = indoor;
    }

    Boolean getIndoor() {
        return indoor;
    }
}
