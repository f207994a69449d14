package dev.ormkit.examples.docs.observability;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;

/** A pet of docs/observability.md's examples. */
@Entity
public class Pet extends BaseEntity {

    private static final long serialVersionUID = 1L;

    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Owner owner;

    @OneToMany(mappedBy = "pet", cascade = CascadeType.ALL)
    private List<Visit> visits = new ArrayList<>();

    protected Pet() {}

    Pet(Owner owner, String name) {
        this.owner = owner;
        this.name = name;
    }

    public void visit(String reason) {
        visits.add(new Visit(this, reason));
    }

    public String getName() {
        return name;
    }

    public List<Visit> getVisits() {
        return visits;
    }
}
