package dev.ormkit.audit.model;

import dev.ormkit.audit.AuditColumns;
import dev.ormkit.audit.AuditedWithColumns;
import dev.ormkit.audit.ChangeLogged;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;

/** Audited through the embedded columns, with a superclass of its own. */
@Entity
@ChangeLogged
public class Client extends Person implements AuditedWithColumns {

    @Embedded
    private AuditColumns audit = new AuditColumns();

    protected Client() {}

    public Client(String name) {
        super(name);
    }

    @Override
    public AuditColumns auditColumns() {
        return audit;
    }
}
