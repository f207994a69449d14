package dev.ormkit.core.enhanced;

import dev.ormkit.core.Timestamped;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Bytecode-enhanced by the build (core-it's pom): an entity with all its fields, timestamped by ormkit. */
@Entity
public class EnhancedTimestampedEntity implements Timestamped {

    @Id
    private UUID id = UUID.randomUUID();
    private String name;
    private @Nullable Instant createdAt;
    private @Nullable Instant updatedAt;
    @Version
    private long version;

    protected EnhancedTimestampedEntity() {
        this.name = "";
    }

    public EnhancedTimestampedEntity(String name) {
        this.name = name;
    }

    public UUID getId() {
        return id;
    }

    public void setName(String name) {
        this.name = name;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public @Nullable Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public @Nullable Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public void setCreatedAt(@Nullable Instant createdAt) {
        this.createdAt = createdAt;
    }

    @Override
    public void setUpdatedAt(@Nullable Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
