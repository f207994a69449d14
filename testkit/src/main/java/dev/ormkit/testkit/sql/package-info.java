/**
 * SQL capture for tests: {@link dev.ormkit.testkit.sql.SqlCapture} records what a block of code sends to
 * PostgreSQL, and {@link dev.ormkit.testkit.sql.SqlLog} asserts on it — counts by kind, no statement at all,
 * and N+1 detection.
 */
@NullMarked
package dev.ormkit.testkit.sql;

import org.jspecify.annotations.NullMarked;
