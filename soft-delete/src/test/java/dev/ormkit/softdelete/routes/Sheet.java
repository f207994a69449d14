package dev.ormkit.softdelete.routes;

import dev.ormkit.softdelete.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/** A soft-deletable child of a {@link Folder}. */
@Entity
public class Sheet extends SoftDeletableEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Folder folder;

    private String title;

    protected Sheet() {}

    Sheet(Folder folder, String title) {
        this.folder = folder;
        this.title = title;
    }

    public Folder getFolder() {
        return folder;
    }

    public String getTitle() {
        return title;
    }
}
