package dev.ormkit.softdelete.model;

import dev.ormkit.softdelete.SoftDeletableEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Entity
public class Customer extends SoftDeletableEntity {

    private String name;

    private String email;

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<PurchaseOrder> orders = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "customer_tag")
    private Set<Tag> tags = new HashSet<>();

    protected Customer() {}

    public Customer(String name, String email) {
        this.name = name;
        this.email = email;
    }

    public PurchaseOrder order(String reference) {
        PurchaseOrder order = new PurchaseOrder(this, reference);
        orders.add(order);
        return order;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public List<PurchaseOrder> getOrders() {
        return orders;
    }

    public Set<Tag> getTags() {
        return tags;
    }
}
