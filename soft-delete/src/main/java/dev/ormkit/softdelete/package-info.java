/**
 * Soft deletes for ormkit entities: {@link dev.ormkit.softdelete.SoftDeletableEntity} (or the
 * {@link dev.ormkit.softdelete.SoftDeletable} interface) turns a delete into an UPDATE of {@code deleted_at},
 * hides deleted rows by default, and {@link dev.ormkit.softdelete.SoftDeletes} shows, restores and purges them.
 */
@NullMarked
package dev.ormkit.softdelete;

import org.jspecify.annotations.NullMarked;
