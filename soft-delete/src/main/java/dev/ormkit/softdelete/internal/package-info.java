/** Implementation of ormkit-soft-delete (persisters, listeners, bulk-delete translation); not API. */
@NullMarked
package dev.ormkit.softdelete.internal;

import org.jspecify.annotations.NullMarked;
