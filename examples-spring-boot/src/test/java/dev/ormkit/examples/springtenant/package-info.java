/**
 * Tenant-scoped entities on Spring Boot: an application of their own, outside {@code dev.ormkit.examples.spring}, so
 * that the clinic application's entity scan (and its tests, which run without tenant) never sees them.
 */
@NullMarked
package dev.ormkit.examples.springtenant;

import org.jspecify.annotations.NullMarked;
