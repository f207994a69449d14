/**
 * Read replicas: read throughput with a streaming replica against the primary alone, and what routing costs a
 * read-only transaction against reading the same replica without routing.
 */
@NullMarked
package dev.ormkit.benchmarks.replica;

import org.jspecify.annotations.NullMarked;
