/**
 * Event delivery, the lazy-load and N+1 reporters, statement shapes and the report log. Not API.
 */
@NullMarked
package dev.ormkit.core.observe.internal;

import org.jspecify.annotations.NullMarked;
