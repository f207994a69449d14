package dev.ormkit.core.clinic;

import dev.ormkit.testkit.PostgresTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class on the clinic model: its own database with {@link Owner}, {@link Pet} and {@link Visit} and the injected
 * {@code OrmKit}, {@code SqlCapture} and {@code TestClock}, lazy loading allowed as under {@code OrmKit.builder()}'s
 * defaults. Seed rows with {@link Clinic#seed}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@PostgresTest(entities = {Owner.class, Pet.class, Visit.class}, strictFetch = false)
public @interface ClinicTest {}
