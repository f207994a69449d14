package dev.ormkit.audit.model;

import dev.ormkit.audit.AuditColumns;
import dev.ormkit.audit.AuditedWithColumns;
import dev.ormkit.audit.ChangeLogged;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;

/** Audited through the embedded columns, with a superclass of its own. */
@Entity
@ChangeLogged
public class Client extends Person implements AuditedWithColumns {

    @Embedded
    private AuditColumns audit = new AuditColumns();

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "client_id")
    private List<Sheet> sheets = new ArrayList<>();

    protected Client() {}

    public Client(String name) {
        super(name);
    }

    public void addSheet(String text) {
        sheets.add(new Sheet(text));
    }

    @Override
    public AuditColumns auditColumns() {
        return audit;
    }
}
