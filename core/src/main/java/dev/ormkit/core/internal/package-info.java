/** Implementation of ormkit-core (bootstrap, pools, listeners, failure classification); not API. */
@NullMarked
package dev.ormkit.core.internal;

import org.jspecify.annotations.NullMarked;
