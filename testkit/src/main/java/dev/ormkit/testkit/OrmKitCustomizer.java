package dev.ormkit.testkit;

import dev.ormkit.core.OrmKitBuilder;

/**
 * Adjusts the {@link dev.ormkit.core.OrmKit} that {@link PostgresTest} injects, for the whole test class: more
 * settings, an auditor provider, migrations to run first. Name it in {@link PostgresTest#customizers()}.
 *
 * <p>The extension makes one instance per test class (through a no-argument constructor, which may be private),
 * calls {@link #customize} once, just before it builds the {@code OrmKit}, and closes the instance after the
 * class when it is {@link AutoCloseable}. The builder it receives already has the test database (through the
 * class's {@link dev.ormkit.testkit.sql.SqlCapture}), the entities, strict fetch mode, schema creation and the
 * class's {@link TestClock}; a customizer may override any of them. The instance itself can be injected into
 * test methods by its own type, so it may carry state the test controls:
 *
 * <pre>{@code
 * @PostgresTest(entities = Memo.class, customizers = Auditors.class)
 * class MemoTest {
 *     static final class Auditors implements OrmKitCustomizer {
 *         final AtomicReference<String> user = new AtomicReference<>("ada");
 *
 *         @Override
 *         public void customize(OrmKitBuilder builder, TestDatabase database) {
 *             builder.property(Auditing.AUDITOR_PROVIDER, (AuditorProvider) () -> Optional.ofNullable(user.get()));
 *         }
 *     }
 *
 *     @Test
 *     void recordsTheSignedInUser(OrmKit orm, Auditors auditors) {
 *         auditors.user.set("grace");
 *         orm.inTransaction(session -> session.persist(new Memo("hello")));
 *     }
 * }
 * }</pre>
 *
 * <p>Several test classes share one set-up by naming the same customizer, or by a meta-annotation of their own
 * that carries {@code @PostgresTest(entities = ..., customizers = ...)}.
 */
@FunctionalInterface
public interface OrmKitCustomizer {

    /**
     * Changes {@code builder} before the test class's {@code OrmKit} is built from it.
     *
     * @param builder the builder, already configured with the testkit's defaults
     * @param database the class's database, for example to run migrations on before the {@code OrmKit} starts
     */
    void customize(OrmKitBuilder builder, TestDatabase database);
}
