package dev.ormkit.softdelete.model;

import jakarta.persistence.Entity;

@Entity
public class CardPayment extends Payment {

    private String lastDigits;

    protected CardPayment() {}

    public CardPayment(long cents, String lastDigits) {
        super(cents);
        this.lastDigits = lastDigits;
    }
}
