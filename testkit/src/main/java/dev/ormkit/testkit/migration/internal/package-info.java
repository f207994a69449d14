/** Implementation of the migration checks (SQL script parsing); not API. */
@NullMarked
package dev.ormkit.testkit.migration.internal;

import org.jspecify.annotations.NullMarked;
