/** How ormkit supplies the scoped tenant to Hibernate under every bootstrap. Not API. */
@NullMarked
package dev.ormkit.core.tenant.internal;

import org.jspecify.annotations.NullMarked;
