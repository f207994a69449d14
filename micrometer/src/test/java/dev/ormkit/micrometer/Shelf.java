package dev.ormkit.micrometer;

import dev.ormkit.softdelete.SoftDeletableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;

@Entity
public class Shelf extends SoftDeletableEntity {

    @Column(nullable = false)
    private String label;

    @OneToMany(mappedBy = "shelf")
    private List<Volume> volumes = new ArrayList<>();

    protected Shelf() {}

    public Shelf(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public List<Volume> getVolumes() {
        return volumes;
    }
}
