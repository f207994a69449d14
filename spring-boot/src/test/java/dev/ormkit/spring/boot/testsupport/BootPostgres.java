package dev.ormkit.spring.boot.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a {@code @SpringBootTest} class its own database on the testkit's PostgreSQL (created before the context
 * starts, dropped when it closes) as {@code spring.datasource.*}, and a {@code SqlCapture} bean that records
 * every statement of the application's DataSource. No {@code @DynamicPropertySource} needed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface BootPostgres {
}
