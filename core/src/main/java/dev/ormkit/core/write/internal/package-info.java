/** Implementation of ormkit's fast write paths; not API. */
@NullMarked
package dev.ormkit.core.write.internal;

import org.jspecify.annotations.NullMarked;
