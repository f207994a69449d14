package dev.ormkit.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the annotated test class a fresh PostgreSQL database of its own, dropped after the class.
 *
 * <p>The server is found once per JVM, in this order (see {@link PostgresServer#shared()}):
 * <ol>
 *   <li>an explicit JDBC URL: system property {@code ormkit.test.jdbc-url} or environment variable
 *       {@code ORMKIT_TEST_JDBC_URL} (user and password from {@code ormkit.test.username} /
 *       {@code ORMKIT_TEST_USERNAME} and {@code ormkit.test.password} / {@code ORMKIT_TEST_PASSWORD});</li>
 *   <li>a Testcontainers PostgreSQL container, when a Docker engine answers;</li>
 *   <li>a server on {@code localhost:5432} (user {@code postgres});</li>
 *   <li>an embedded PostgreSQL started from Maven Central binaries.</li>
 * </ol>
 * If none can be had, the test fails with one message listing what was tried and how to fix each.
 *
 * <p>Test methods, constructors and lifecycle methods may declare parameters of type {@link TestDatabase},
 * {@link javax.sql.DataSource}, {@link dev.ormkit.core.OrmKit}, {@link dev.ormkit.testkit.sql.SqlCapture},
 * {@link TestClock} and of each class named in {@link #customizers()}. The {@code OrmKit} is built for
 * {@link #entities()} with the schema created from the mapping, timestamps from the class's {@code TestClock},
 * then adjusted by the {@linkplain #customizers() customizers}, and closed after the class. The injected
 * {@code DataSource} and {@code OrmKit} send their statements through the class's {@code SqlCapture}.
 *
 * <pre>{@code
 * @PostgresTest(entities = {Owner.class, Pet.class})
 * class OwnerTest {
 *     @Test
 *     void savesAnOwner(OrmKit orm, TestClock clock) {
 *         orm.inTransaction(session -> session.persist(new Owner("Ada")));
 *         clock.advance(Duration.ofDays(1));
 *     }
 * }
 * }</pre>
 *
 * <p>Everything the class opened is closed in {@code afterAll}, in order: the {@code OrmKit}, the customizers, the
 * database. This holds on every JUnit Jupiter 5.10 and later, and on JUnit 6.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@ExtendWith(PostgresExtension.class)
public @interface PostgresTest {

    /**
     * The entities of the injected {@link dev.ormkit.core.OrmKit}; empty when the test injects none or a
     * {@linkplain #customizers() customizer} names them.
     */
    Class<?>[] entities() default {};

    /**
     * Whether the injected {@code OrmKit} creates the schema from the entity mapping. Turn it off when the
     * test migrates the database itself (for example with Flyway). Default {@code true}.
     */
    boolean createSchema() default true;

    /**
     * Whether the injected {@code OrmKit} runs in ormkit's strict fetch mode, where a lazy load that the query's
     * fetch plan did not name fails instead of silently querying (property {@code ormkit.strict_fetch}).
     * Default {@code true}: tests should catch N+1 loads; turn it off for a test that relies on lazy loading.
     */
    boolean strictFetch() default true;

    /**
     * Where the class's {@link TestClock} starts, as an ISO-8601 instant ({@code "2026-04-01T09:00:00Z"}). Empty
     * (the default): the moment the class's database was created, to the microsecond (PostgreSQL's precision).
     */
    String clockStart() default "";

    /**
     * Classes that adjust the injected {@code OrmKit}'s builder, applied in order after the testkit's defaults;
     * see {@link OrmKitCustomizer}. Each needs a no-argument constructor and can be injected by its type.
     */
    Class<? extends OrmKitCustomizer>[] customizers() default {};
}
