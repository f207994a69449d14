package dev.ormkit.testkit.model;

import dev.ormkit.core.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.FilterDef;

/**
 * Hidden once {@code deleted_at} is set by an always-enabled filter, as ormkit-soft-delete hides deleted rows: in a
 * collection load the filter's condition comes before the key in the WHERE clause.
 */
@Entity
@FilterDef(name = Volume.LIVE, defaultCondition = "deleted_at is null", autoEnabled = true)
@Filter(name = Volume.LIVE)
public class Volume extends BaseEntity {

    public static final String LIVE = "live_volumes";

    private String title;

    private Instant deletedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "shelf_id", nullable = false)
    private Shelf shelf;

    protected Volume() {}

    Volume(Shelf shelf, String title) {
        this.shelf = shelf;
        this.title = title;
    }

    public String getTitle() {
        return title;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }
}
