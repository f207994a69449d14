package dev.ormkit.audit.model;

import dev.ormkit.audit.AuditedEntity;
import dev.ormkit.audit.ChangeLogged;
import dev.ormkit.audit.Sensitive;
import jakarta.persistence.Entity;

@Entity
@ChangeLogged
public class Invoice extends AuditedEntity {

    private String number;

    private long amountCents;

    @Sensitive
    private String bankAccount;

    protected Invoice() {}

    public Invoice(String number, long amountCents, String bankAccount) {
        this.number = number;
        this.amountCents = amountCents;
        this.bankAccount = bankAccount;
    }

    public void setAmountCents(long amountCents) {
        this.amountCents = amountCents;
    }

    public void setBankAccount(String bankAccount) {
        this.bankAccount = bankAccount;
    }

    public long getAmountCents() {
        return amountCents;
    }
}
