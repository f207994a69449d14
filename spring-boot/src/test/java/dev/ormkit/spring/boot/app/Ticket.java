package dev.ormkit.spring.boot.app;

import dev.ormkit.audit.AuditedSoftDeletableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An audited, soft-deletable entity with a lazy association, for delete routes, actors and fetch plans. */
@Entity
@Table(indexes = @Index(name = "ticket_title_id", columnList = "title, id"))
public class Ticket extends AuditedSoftDeletableEntity {

    @Column(nullable = false)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Customer customer;

    protected Ticket() {}

    public Ticket(String title, Customer customer) {
        this.title = title;
        this.customer = customer;
    }

    public String getTitle() {
        return title;
    }

    public Customer getCustomer() {
        return customer;
    }
}
