package dev.ormkit.examples.docs.softdelete;

import dev.ormkit.softdelete.SoftDeletableEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

// tag::entity[]
@Entity
public class Customer extends SoftDeletableEntity {      // adds deleted_at timestamptz null
    private String email;
// end::entity[]
    private static final long serialVersionUID = 1L;
    private Instant lastLogin = Instant.EPOCH;
// tag::entity[]
    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<PurchaseOrder> orders = new ArrayList<>();   // PurchaseOrder is soft-deletable too
// end::entity[]

    protected Customer() {}

    public Customer(String email) {
        this.email = email;
    }

    public PurchaseOrder order(String item) {
        PurchaseOrder order = new PurchaseOrder(this, item);
        orders.add(order);
        return order;
    }

    public String getEmail() {
        return email;
    }

    public Instant getLastLogin() {
        return lastLogin;
    }
// tag::entity[]
}
// end::entity[]
