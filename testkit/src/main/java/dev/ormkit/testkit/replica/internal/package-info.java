/** Implementation of the testkit's streaming replica (binaries, clusters, processes); not API. */
@NullMarked
package dev.ormkit.testkit.replica.internal;

import org.jspecify.annotations.NullMarked;
