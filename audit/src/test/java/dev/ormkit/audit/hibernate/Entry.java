package dev.ormkit.audit.hibernate;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/** A line of a {@link Ledger}: the collection of the paging probe. */
@Entity
public class Entry extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Ledger ledger;

    private String text;

    protected Entry() {}

    Entry(Ledger ledger, String text) {
        this.ledger = ledger;
        this.text = text;
    }
}
