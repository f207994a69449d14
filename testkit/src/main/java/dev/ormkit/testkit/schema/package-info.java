/**
 * Checks a live PostgreSQL schema against the database rules ormkit stands for
 * ({@link dev.ormkit.testkit.schema.SchemaRules}).
 */
@NullMarked
package dev.ormkit.testkit.schema;

import org.jspecify.annotations.NullMarked;
