/**
 * ormkit core: {@link dev.ormkit.core.BaseEntity}, the {@link dev.ormkit.core.OrmKit} bootstrap and the
 * exceptions every ormkit module throws.
 *
 * <p>Everything in this package is public API. Types in {@code dev.ormkit.core.internal} are not: they may
 * change in any release and are meant for ormkit's own modules only.
 */
@NullMarked
package dev.ormkit.core;

import org.jspecify.annotations.NullMarked;
