/**
 * Fast write paths for new entities: {@link dev.ormkit.core.write.FastInserts} (batched, through a stateless
 * session on the caller's connection) and {@link dev.ormkit.core.write.BulkImport} (PostgreSQL {@code COPY}).
 */
@NullMarked
package dev.ormkit.core.write;

import org.jspecify.annotations.NullMarked;
