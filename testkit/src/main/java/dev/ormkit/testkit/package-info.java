/**
 * ormkit testkit: real PostgreSQL for JUnit 5 tests ({@link dev.ormkit.testkit.PostgresTest}), one fresh
 * database per test class, found without set-up on a developer's machine or in CI.
 */
@NullMarked
package dev.ormkit.testkit;

import org.jspecify.annotations.NullMarked;
