package dev.ormkit.core.write;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A column BulkImport writes in the text format only: a {@code Float} in a {@code numeric} column. */
@Entity
public class OddTypes extends BaseEntity {

    int pair;
    @Column(columnDefinition = "numeric(10,3)")
    Float ratio;

    protected OddTypes() {}

    OddTypes(int pair, Float ratio) {
        this.pair = pair;
        this.ratio = ratio;
    }
}
