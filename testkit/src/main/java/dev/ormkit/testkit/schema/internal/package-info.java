/** Implementation of the schema rules (catalog reading); not API. */
@NullMarked
package dev.ormkit.testkit.schema.internal;

import org.jspecify.annotations.NullMarked;
