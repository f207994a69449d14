package dev.ormkit.core.observe;

import java.time.Duration;

/**
 * A {@code BulkImport.copy} finished.
 *
 * @param entity the imported entity (bounded)
 * @param rows the rows PostgreSQL reported as copied
 * @param elapsed how long the import took
 */
public record BulkImportEvent(String entity, long rows, Duration elapsed) implements OrmKitEvent {}
