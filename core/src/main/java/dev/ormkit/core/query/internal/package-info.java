/** The checks behind {@code QuerySpec} and ormkit's other JPQL entry points; not API. */
@NullMarked
package dev.ormkit.core.query.internal;

import org.jspecify.annotations.NullMarked;
