package dev.ormkit.examples.docs.start;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Entity;
import java.util.UUID;

// tag::explicit-id[]
@Entity
class Customer extends BaseEntity {
    private String name;

    protected Customer() {}                                // for Hibernate
    Customer(String name) { this.name = name; }             // a new id, as usual
    private Customer(UUID id, String name) { super(id); this.name = name; }

    static Customer imported(UUID legacyId, String name) { return new Customer(legacyId, name); }
}
// end::explicit-id[]
