/** The testkit's PostgreSQL for {@code @SpringBootTest} and {@code @DataJpaTest}: {@link dev.ormkit.spring.boot.test.AutoConfigureTestPostgres}. */
@NullMarked
package dev.ormkit.spring.boot.test;

import org.jspecify.annotations.NullMarked;
