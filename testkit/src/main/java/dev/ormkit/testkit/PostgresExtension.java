package dev.ormkit.testkit;

import dev.ormkit.core.OrmKit;
import java.util.Optional;
import dev.ormkit.testkit.sql.SqlCapture;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link PostgresTest}: one fresh database per test class, dropped after it,
 * and injection of {@link TestDatabase}, {@link DataSource}, {@link OrmKit} and {@link SqlCapture} parameters;
 * the injected {@code DataSource} and {@code OrmKit} send their statements through the class's capture. Use the
 * annotation rather than registering this class directly.
 */
public final class PostgresExtension implements BeforeAllCallback, ParameterResolver {

    /** Core's strict fetch mode property (a lazy load outside the fetch plan fails); on in tests by default. */
    static final String STRICT_FETCH = "ormkit.strict_fetch";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresExtension.class);

    /** Created by JUnit. */
    public PostgresExtension() {}

    @Override
    public void beforeAll(ExtensionContext context) {
        database(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestDatabase.class || type == DataSource.class || type == OrmKit.class
                || type == SqlCapture.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == TestDatabase.class) {
            return database(context);
        }
        if (type == DataSource.class) {
            return capturedDataSource(context);
        }
        if (type == SqlCapture.class) {
            return capture(context);
        }
        return ormKit(context);
    }

    private static TestDatabase database(ExtensionContext context) {
        ExtensionContext owner = classContext(context);
        String prefix = owner.getRequiredTestClass().getSimpleName();
        return owner.getStore(NAMESPACE).getOrComputeIfAbsent(TestDatabase.class,
                key -> PostgresServer.shared().createDatabase(prefix), TestDatabase.class);
    }

    private static SqlCapture capture(ExtensionContext context) {
        return classContext(context).getStore(NAMESPACE).getOrComputeIfAbsent(SqlCapture.class,
                key -> new SqlCapture(), SqlCapture.class);
    }

    /** The test database's pool, seen through the class's {@link SqlCapture}. */
    private static DataSource capturedDataSource(ExtensionContext context) {
        ExtensionContext owner = classContext(context);
        TestDatabase database = database(owner);
        SqlCapture capture = capture(owner);
        return owner.getStore(NAMESPACE).getOrComputeIfAbsent("captured-data-source",
                key -> capture.wrap(database.dataSource()), DataSource.class);
    }

    private static OrmKit ormKit(ExtensionContext context) {
        ExtensionContext owner = classContext(context);
        TestDatabase database = database(owner);
        PostgresTest settings = annotation(owner);
        if (settings.entities().length == 0) {
            throw new ParameterResolutionException("An OrmKit parameter needs entities: declare them in "
                    + "@PostgresTest(entities = {...}) on " + owner.getRequiredTestClass().getName() + ".");
        }
        return owner.getStore(NAMESPACE).getOrComputeIfAbsent(OrmKit.class, key -> {
            var builder = OrmKit.builder()
                    .dataSource(capturedDataSource(owner))
                    .entities(settings.entities())
                    .property(STRICT_FETCH, settings.strictFetch());
            if (settings.createSchema()) {
                builder.property("jakarta.persistence.schema-generation.database.action", "create");
            }
            return builder.build();
        }, OrmKit.class);
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    private static PostgresTest annotation(ExtensionContext classContext) {
        Optional<Class<?>> type = classContext.getTestClass();
        while (type.isPresent()) {
            Optional<PostgresTest> found = AnnotationSupport.findAnnotation(type.get(), PostgresTest.class);
            if (found.isPresent()) {
                return found.get();
            }
            type = Optional.ofNullable(type.get().getEnclosingClass());
        }
        throw new ParameterResolutionException("No @PostgresTest on " + classContext.getDisplayName());
    }
}
