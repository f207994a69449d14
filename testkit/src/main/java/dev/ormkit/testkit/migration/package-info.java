/**
 * Migration testing: run Flyway migrations on a fresh database and validate the result
 * ({@link dev.ormkit.testkit.migration.MigrationCheck}), and lint migration SQL for steps that lock or destroy
 * on a live table ({@link dev.ormkit.testkit.migration.MigrationLinter}).
 */
@NullMarked
package dev.ormkit.testkit.migration;

import org.jspecify.annotations.NullMarked;
