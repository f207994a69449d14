package dev.ormkit.examples.docs.audit;

import dev.ormkit.audit.AuditedEntity;
import jakarta.persistence.Entity;

/** A plain audited entity, the target of docs/audit.md's bulk update. */
@Entity
public class Memo extends AuditedEntity {

    private static final long serialVersionUID = 1L;

    private String text;

    protected Memo() {}

    public Memo(String text) {
        this.text = text;
    }

    public String getText() {
        return text;
    }
}
