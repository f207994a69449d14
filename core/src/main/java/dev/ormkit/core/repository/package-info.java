/**
 * Repositories: {@link dev.ormkit.core.repository.EntityRepository}, paged and bounded access to one entity type through any {@code EntityManager} or {@code Session}.
 */
@NullMarked
package dev.ormkit.core.repository;

import org.jspecify.annotations.NullMarked;
