/**
 * Spring Data JPA interop: {@link dev.ormkit.spring.boot.data.OrmKitQueries}, a repository fragment with ormkit's
 * keyset pages, offset pages and fetch plans, and {@link dev.ormkit.spring.boot.data.SpringPaging}, adapters
 * between Spring Data's {@code Pageable}/{@code Page} and ormkit's {@code PageRequest}/{@code Page}.
 */
@NullMarked
package dev.ormkit.spring.boot.data;

import org.jspecify.annotations.NullMarked;
