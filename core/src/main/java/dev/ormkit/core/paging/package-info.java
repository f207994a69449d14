/**
 * Paging vocabulary (after Jakarta Data 1.0): {@link dev.ormkit.core.paging.PageRequest}, {@link dev.ormkit.core.paging.Sort}, {@link dev.ormkit.core.paging.Order}, offset {@link dev.ormkit.core.paging.Page}s and keyset {@link dev.ormkit.core.paging.CursoredPage}s with opaque, tamper-evident cursors.
 */
@NullMarked
package dev.ormkit.core.paging;

import org.jspecify.annotations.NullMarked;
