package dev.ormkit.examples.docs.start;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

// tag::entity[]
@Entity
@Table(name = "owner")
public class Owner extends BaseEntity {
    @Column(nullable = false)
    private String name;

    protected Owner() {}                       // for Hibernate
    public Owner(String name) { this.name = name; }
}
// end::entity[]
