/**
 * Explicit eager loading: {@link dev.ormkit.core.fetch.FetchPlan} (to-one by join, collections by one batched IN select per level) and strict mode ({@link dev.ormkit.core.fetch.StrictFetch}), which turns a lazy load the plan did not name into an error.
 */
@NullMarked
package dev.ormkit.core.fetch;

import org.jspecify.annotations.NullMarked;
