/** How the auto-configuration reaches Boot's beans; not API. */
@NullMarked
package dev.ormkit.spring.boot.internal;

import org.jspecify.annotations.NullMarked;
