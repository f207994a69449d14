/**
 * Query specifications ({@link dev.ormkit.core.query.QuerySpec}: JPQL conditions with bound parameters, Criteria predicates, Hibernate restrictions) and query safety: timeouts and result caps.
 */
@NullMarked
package dev.ormkit.core.query;

import org.jspecify.annotations.NullMarked;
