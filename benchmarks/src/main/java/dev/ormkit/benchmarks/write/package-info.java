/** JMH benchmarks of ormkit's write paths against raw JDBC batches and plain Hibernate, in one run. */
@NullMarked
package dev.ormkit.benchmarks.write;

import org.jspecify.annotations.NullMarked;
