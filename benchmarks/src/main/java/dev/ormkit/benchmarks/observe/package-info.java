/**
 * The cost of ormkit's production reporting (fetch discipline REPORT, N+1 detection, a listener) on the fetch-plan
 * and soft-delete reads, against the same reads with reporting off.
 */
@NullMarked
package dev.ormkit.benchmarks.observe;

import org.jspecify.annotations.NullMarked;
