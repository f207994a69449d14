package dev.ormkit.core.write;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import java.util.ArrayList;
import java.util.List;

/** An entity BulkImport cannot write: its labels live in another table. */
@Entity
public class Shelf extends BaseEntity {

    @ElementCollection
    private List<String> labels = new ArrayList<>();

    protected Shelf() {}

    public Shelf(String label) {
        labels.add(label);
    }
}
