package dev.ormkit.examples.docs.audit;

import dev.ormkit.audit.AuditColumns;
import dev.ormkit.audit.AuditedWithColumns;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;

// tag::embedded[]
@Entity
public class Owner extends Person implements AuditedWithColumns {
// end::embedded[]
    private static final long serialVersionUID = 1L;

// tag::embedded[]
    @Embedded
    private AuditColumns audit = new AuditColumns();

    @Override
    public AuditColumns auditColumns() {
        return audit;
    }
// end::embedded[]

    protected Owner() {}

    public Owner(String name) {
        super(name);
    }
// tag::embedded[]
}
// end::embedded[]
