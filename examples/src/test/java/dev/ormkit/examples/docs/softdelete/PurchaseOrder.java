package dev.ormkit.examples.docs.softdelete;

import dev.ormkit.softdelete.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/** An order of docs/soft-delete.md's customer, soft-deleted with it. */
@Entity
public class PurchaseOrder extends SoftDeletableEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Customer customer;

    private String item;

    protected PurchaseOrder() {}

    PurchaseOrder(Customer customer, String item) {
        this.customer = customer;
        this.item = item;
    }

    public String getItem() {
        return item;
    }
}
