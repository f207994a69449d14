package dev.ormkit.softdelete;

import dev.ormkit.testkit.PostgresTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A soft-delete test class: its own database with the {@link SoftDeleteModel}, a test clock at
 * {@value SoftDeleteModel#START} and lazy loading allowed (the tests look at collections after loading).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@PostgresTest(clockStart = SoftDeleteModel.START, strictFetch = false, customizers = SoftDeleteModel.class)
@interface SoftDeleteModelTest {}
