package dev.ormkit.examples.docs.operations;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;

/** An order of docs/operations.md's retry example. */
@Entity
@Table(name = "purchase")
public class Order extends BaseEntity {

    private static final long serialVersionUID = 1L;

    private int items;

    protected Order() {}

    public Order(List<String> cart) {
        this.items = cart.size();
    }

    public int getItems() {
        return items;
    }
}
