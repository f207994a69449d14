package dev.ormkit.softdelete.ownsuper;

import dev.ormkit.softdelete.SoftDeleteColumn;
import dev.ormkit.softdelete.SoftDeletableWithColumn;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;

/** Soft-deletable although it extends the application's {@link Person}: one embedded field, one method. */
@Entity
public class Owner extends Person implements SoftDeletableWithColumn {

    private static final long serialVersionUID = 1L;

    @Embedded
    private SoftDeleteColumn deletion = new SoftDeleteColumn();

    protected Owner() {}

    public Owner(String name) {
        super(name);
    }

    @Override
    public SoftDeleteColumn softDeleteColumn() {
        if (deletion == null) {
            deletion = new SoftDeleteColumn(); // Hibernate leaves an embedded field null when its columns are
        }
        return deletion;
    }
}
