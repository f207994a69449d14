package dev.ormkit.audit.model;

import dev.ormkit.audit.AuditedEntity;
import jakarta.persistence.Entity;

/** Audited, without a change log. */
@Entity
public class Memo extends AuditedEntity {

    private String text;

    protected Memo() {}

    public Memo(String text) {
        this.text = text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
