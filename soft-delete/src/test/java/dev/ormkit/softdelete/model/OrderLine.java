package dev.ormkit.softdelete.model;

import dev.ormkit.softdelete.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

@Entity
public class OrderLine extends SoftDeletableEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private PurchaseOrder order;

    private String product;

    protected OrderLine() {}

    OrderLine(PurchaseOrder order, String product) {
        this.order = order;
        this.product = product;
    }

    public String getProduct() {
        return product;
    }
}
