/**
 * What ormkit reports while it runs: lazy loads outside a fetch plan, N+1 statement patterns, repository
 * operations with their outcome and statement count, soft deletes, restores and purges, bulk imports
 * ({@link dev.ormkit.core.observe.OrmKitEvent}), delivered to {@link dev.ormkit.core.observe.OrmKitListener}s; and
 * the progress of long work ({@link dev.ormkit.core.observe.ProgressListener}). No metrics library is needed:
 * {@code ormkit-micrometer} binds these events to Micrometer meters and Observations.
 */
@NullMarked
package dev.ormkit.core.observe;

import org.jspecify.annotations.NullMarked;
