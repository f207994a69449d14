package dev.ormkit.softdelete.routes;

import dev.ormkit.softdelete.SoftDeletableEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;

/** Soft-deletable and cascading remove (with orphan removal) to its sheets. */
@Entity
public class Folder extends SoftDeletableEntity {

    private String name;

    @OneToMany(mappedBy = "folder", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Sheet> sheets = new ArrayList<>();

    protected Folder() {}

    public Folder(String name) {
        this.name = name;
    }

    public Sheet sheet(String title) {
        Sheet sheet = new Sheet(this, title);
        sheets.add(sheet);
        return sheet;
    }

    public String getName() {
        return name;
    }

    public List<Sheet> getSheets() {
        return sheets;
    }
}
