/** ormkit's architecture rules (ArchUnit), run by every module's build; not published. */
@NullMarked
package dev.ormkit.buildrules;

import org.jspecify.annotations.NullMarked;
