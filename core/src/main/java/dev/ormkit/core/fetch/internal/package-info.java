/**
 * Fetch plan loading and the strict-mode listeners. Not API.
 */
@NullMarked
package dev.ormkit.core.fetch.internal;

import org.jspecify.annotations.NullMarked;
