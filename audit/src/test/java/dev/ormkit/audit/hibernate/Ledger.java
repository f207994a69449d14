package dev.ormkit.audit.hibernate;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Audited;

/** An ormkit entity with Hibernate 7.4's own (incubating) {@code @Audited}, for the comparison in docs/audit.md. */
@Entity
@Audited
public class Ledger extends BaseEntity {

    private static final long serialVersionUID = 1L;

    private String name;

    private long balanceCents;

    @Audited.Excluded
    @OneToMany(mappedBy = "ledger", cascade = CascadeType.ALL)
    private List<Entry> entries = new ArrayList<>();

    protected Ledger() {}

    public Ledger(String name, long balanceCents) {
        this.name = name;
        this.balanceCents = balanceCents;
    }

    public void setBalanceCents(long balanceCents) {
        this.balanceCents = balanceCents;
    }

    public long getBalanceCents() {
        return balanceCents;
    }

    public String getName() {
        return name;
    }

    public List<Entry> getEntries() {
        return entries;
    }

    public void add(String text) {
        entries.add(new Entry(this, text));
    }
}
