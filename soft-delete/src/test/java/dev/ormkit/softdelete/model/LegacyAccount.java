package dev.ormkit.softdelete.model;

import dev.ormkit.core.BaseEntity;
import dev.ormkit.softdelete.SoftDeletable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;

/** Soft-deletable through the interface, for entities whose superclass is not SoftDeletableEntity. */
@Entity
public class LegacyAccount extends BaseEntity implements SoftDeletable {

    private String login;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected LegacyAccount() {}

    public LegacyAccount(String login) {
        this.login = login;
    }

    @Override
    public Instant getDeletedAt() {
        return deletedAt;
    }

    @Override
    public void setDeletedAt(Instant deletedAt) {
        this.deletedAt = deletedAt;
    }
}
