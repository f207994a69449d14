/**
 * Repository internals: settings, sort validation, keyset predicates and query building. Not API.
 */
@NullMarked
package dev.ormkit.core.repository.internal;

import org.jspecify.annotations.NullMarked;
