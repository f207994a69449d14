package dev.ormkit.spring.boot.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a {@code @SpringBootTest} or {@code @DataJpaTest} class its own database on the testkit's PostgreSQL
 * (explicit URL, Docker, a local server or an embedded one, as {@code @PostgresTest} finds it), with no
 * {@code @DynamicPropertySource}: the database is created before the context starts, named after the test class
 * with a random suffix, and dropped when the context closes. A {@code SqlCapture} bean records every statement sent
 * through the application's {@code DataSource}. Needs {@code ormkit-testkit} on the test class path.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureTestPostgres
 * class OrdersTest {
 *     @Autowired OrderRepository orders;
 *     @Autowired SqlCapture sql;
 *
 *     @Test
 *     void saveIssuesOnlyTheInsert() {
 *         sql.record(() -> orders.save(new Order())).assertCount(StatementKind.SELECT, 0);
 *     }
 * }
 * }</pre>
 *
 * <p>It sets {@code spring.datasource.url}, {@code username} and {@code password}, and
 * {@code spring.test.database.replace=none} so that {@code @DataJpaTest} keeps this database instead of looking for
 * an embedded one. {@code @DataJpaTest} also gets ormkit's auto-configuration.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureTestPostgres {
}
