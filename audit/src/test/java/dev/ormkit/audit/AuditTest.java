package dev.ormkit.audit;

import dev.ormkit.testkit.PostgresTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An audit test class: its own database with the change-log table, the audit model, a signed-in user the test sets
 * ({@link SignedInUser}, injectable), a test clock at 2026-04-01 09:00 UTC, and lazy loading allowed (some tests
 * lazy-load on purpose).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@PostgresTest(clockStart = "2026-04-01T09:00:00Z", strictFetch = false, customizers = {AuditModel.class, SignedInUser.class})
@interface AuditTest {}
