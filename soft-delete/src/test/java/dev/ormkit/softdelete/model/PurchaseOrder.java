package dev.ormkit.softdelete.model;

import dev.ormkit.softdelete.SoftDeletableEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;

@Entity
public class PurchaseOrder extends SoftDeletableEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Customer customer;

    private String reference;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    private List<OrderLine> lines = new ArrayList<>();

    protected PurchaseOrder() {}

    PurchaseOrder(Customer customer, String reference) {
        this.customer = customer;
        this.reference = reference;
    }

    public OrderLine line(String product) {
        OrderLine line = new OrderLine(this, product);
        lines.add(line);
        return line;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getReference() {
        return reference;
    }

    public List<OrderLine> getLines() {
        return lines;
    }
}
