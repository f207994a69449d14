package dev.ormkit.testkit.model;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Filter;

/** A parent whose collection hides rows with a {@code deleted_at is null} filter, like soft delete's. */
@Entity
public class Shelf extends BaseEntity {

    private String label;

    @OneToMany(mappedBy = "shelf", cascade = CascadeType.ALL)
    @Filter(name = Volume.LIVE)
    private List<Volume> volumes = new ArrayList<>();

    protected Shelf() {}

    public Shelf(String label) {
        this.label = label;
    }

    public void add(String title) {
        volumes.add(new Volume(this, title));
    }

    public String getLabel() {
        return label;
    }

    public List<Volume> getVolumes() {
        return volumes;
    }
}
