package dev.ormkit.examples.docs.audit;

import dev.ormkit.audit.AuditedEntity;
import dev.ormkit.audit.ChangeLogged;
import dev.ormkit.audit.Sensitive;
import jakarta.persistence.Entity;

// tag::change-logged[]
@Entity
@ChangeLogged
public class Invoice extends AuditedEntity {
// end::change-logged[]
    private static final long serialVersionUID = 1L;

// tag::change-logged[]
    private long amountCents;
    @Sensitive private String bankAccount;     // recorded as changed, values masked as "***"
// end::change-logged[]

    protected Invoice() {}

    public Invoice(long amountCents, String bankAccount) {
        this.amountCents = amountCents;
        this.bankAccount = bankAccount;
    }

    public void setAmountCents(long amountCents) {
        this.amountCents = amountCents;
    }
// tag::change-logged[]
}
// end::change-logged[]
