package dev.ormkit.softdelete.routes;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The subclass of {@link Shelf}, in a table of its own. */
@Entity
@Table(name = "wall_shelf")
public class WallShelf extends Shelf {

    private int brackets;

    protected WallShelf() {}

    public WallShelf(String name, int brackets) {
        super(name);
        this.brackets = brackets;
    }
}
