/**
 * The listener that turns ormkit's events into meters and Observations. Not API.
 */
@NullMarked
package dev.ormkit.micrometer.internal;

import org.jspecify.annotations.NullMarked;
