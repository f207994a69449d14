/** Implementation of SQL capture (statement shapes); not API. */
@NullMarked
package dev.ormkit.testkit.sql.internal;

import org.jspecify.annotations.NullMarked;
