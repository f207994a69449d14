package dev.ormkit.softdelete.model;

import jakarta.persistence.Entity;

@Entity
public class BankPayment extends Payment {

    private String iban;

    protected BankPayment() {}

    public BankPayment(long cents, String iban) {
        super(cents);
        this.iban = iban;
    }
}
