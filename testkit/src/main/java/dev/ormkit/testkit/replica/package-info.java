/**
 * A real PostgreSQL streaming replica for tests: {@link dev.ormkit.testkit.replica.StreamingReplica} starts a
 * private primary and a hot standby streaming from it, and can pause replay or stop the standby.
 */
@NullMarked
package dev.ormkit.testkit.replica;

import org.jspecify.annotations.NullMarked;
