package dev.ormkit.core.write;

import jakarta.persistence.Embeddable;

@Embeddable
public class Address {

    private String street;
    private String city;

    protected Address() {}

    Address(String street, String city) {
        this.street = street;
        this.city = city;
    }

    String getStreet() {
        return street;
    }

    String getCity() {
        return city;
    }
}
