/** Implementation of read-replica routing (replica status checks, the connection provider); not API. */
@NullMarked
package dev.ormkit.core.replica.internal;

import org.jspecify.annotations.NullMarked;
