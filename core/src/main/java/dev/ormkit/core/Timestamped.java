package dev.ormkit.core;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An entity whose {@code createdAt} and {@code updatedAt} properties ormkit maintains.
 *
 * <p>{@link BaseEntity} implements it. An entity that must extend another class can implement it directly;
 * it then maps two persistent properties named {@code createdAt} and {@code updatedAt} (for example to
 * {@code created_at} and {@code updated_at} columns of type {@code timestamptz}), and ormkit sets them at
 * flush exactly as it does for {@code BaseEntity}.
 */
public interface Timestamped {

    /** When the row was inserted, or {@code null} before the first flush. */
    @Nullable Instant getCreatedAt();

    /** When the row was last written, or {@code null} before the first flush. */
    @Nullable Instant getUpdatedAt();

    /** Called by ormkit at insert when the creation time is still {@code null}. */
    void setCreatedAt(@Nullable Instant createdAt);

    /** Called by ormkit at every insert and every update that really changes the row. */
    void setUpdatedAt(@Nullable Instant updatedAt);
}
