/**
 * ormkit's events as Micrometer meters and Observations: {@link dev.ormkit.micrometer.OrmKitMicrometer}.
 */
@NullMarked
package dev.ormkit.micrometer;

import org.jspecify.annotations.NullMarked;
