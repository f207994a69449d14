/**
 * Paging internals: cursor signing and keyset predicates. Not API.
 */
@NullMarked
package dev.ormkit.core.paging.internal;

import org.jspecify.annotations.NullMarked;
