package dev.ormkit.examples.docs.softdelete;

import dev.ormkit.examples.docs.audit.Person;
import dev.ormkit.softdelete.SoftDeletableWithColumn;
import dev.ormkit.softdelete.SoftDeleteColumn;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;

// tag::embedded[]
@Entity
public class Owner extends Person implements SoftDeletableWithColumn {
// end::embedded[]
    private static final long serialVersionUID = 1L;

// tag::embedded[]
    @Embedded
    private SoftDeleteColumn deletion = new SoftDeleteColumn();      // deleted_at timestamptz null

    @Override
    public SoftDeleteColumn softDeleteColumn() {                      // Hibernate leaves it null for a live row
        return deletion == null ? (deletion = new SoftDeleteColumn()) : deletion;
    }
// end::embedded[]

    protected Owner() {}

    public Owner(String name) {
        super(name);
    }
// tag::embedded[]
}
// end::embedded[]
