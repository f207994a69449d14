/**
 * Fast write paths: {@link dev.ormkit.core.write.BatchInsert} (batched inserts of new entities through a
 * stateless session sharing the caller's transaction) and {@link dev.ormkit.core.write.BulkImport}
 * (PostgreSQL {@code COPY ... FROM STDIN} built from the Hibernate mapping model).
 */
@NullMarked
package dev.ormkit.core.write;

import org.jspecify.annotations.NullMarked;
