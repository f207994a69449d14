/** The testkit's PostgreSQL for {@code @SpringBootTest} classes. */
@NullMarked
package dev.ormkit.spring.boot.testsupport;

import org.jspecify.annotations.NullMarked;
