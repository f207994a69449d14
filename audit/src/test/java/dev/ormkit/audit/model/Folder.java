package dev.ormkit.audit.model;

import dev.ormkit.audit.AuditedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;

/** Audited, with a collection: adding a sheet increments only the folder's version. */
@Entity
public class Folder extends AuditedEntity {

    private String title;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "folder_id")
    private List<Sheet> sheets = new ArrayList<>();

    protected Folder() {}

    public Folder(String title) {
        this.title = title;
    }

    public Sheet addSheet(String text) {
        Sheet sheet = new Sheet(text);
        sheets.add(sheet);
        return sheet;
    }
}
