/**
 * Read replicas: read-only units of work ({@code OrmKit.fromReadOnlyTransaction}, a Hibernate session opened
 * {@code readOnly(true)}, Spring's {@code @Transactional(readOnly = true)}) are served by a PostgreSQL streaming
 * replica that has caught up with what this thread wrote and lags the primary by no more than a bound;
 * {@link dev.ormkit.core.replica.FreshReads} sends a block of reads to the primary.
 */
@NullMarked
package dev.ormkit.core.replica;

import org.jspecify.annotations.NullMarked;
