/** Implementation of ormkit-audit (listeners, change recorder); not API. */
@NullMarked
package dev.ormkit.audit.internal;

import org.jspecify.annotations.NullMarked;
