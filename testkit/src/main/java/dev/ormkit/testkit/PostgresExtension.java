package dev.ormkit.testkit;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.OrmKitBuilder;
import dev.ormkit.testkit.sql.SqlCapture;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link PostgresTest}: one fresh database per test class, dropped after it,
 * and injection of {@link TestDatabase}, {@link DataSource}, {@link OrmKit}, {@link SqlCapture}, {@link TestClock}
 * and the class's {@link OrmKitCustomizer}s; the injected {@code DataSource} and {@code OrmKit} send their
 * statements through the class's capture. Use the annotation rather than registering this class directly.
 */
public final class PostgresExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    /** Core's strict fetch mode property (a lazy load outside the fetch plan fails); on in tests by default. */
    static final String STRICT_FETCH = "ormkit.strict_fetch";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresExtension.class);
    private static final String CAPTURED_DATA_SOURCE = "captured-data-source";
    private static final String CUSTOMIZERS = "customizers";

    /** Created by JUnit. */
    public PostgresExtension() {}

    @Override
    public void beforeAll(ExtensionContext context) {
        database(context);
    }

    /**
     * Closes what this class opened, in order: the {@code OrmKit} (its sessions use the database), the customizers,
     * then the database. Done here rather than left to JUnit's store, which closes plain {@link AutoCloseable}
     * values only from JUnit 5.13 on: older 5.x would never drop the test databases.
     */
    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        List<@Nullable AutoCloseable> open = new ArrayList<>();
        open.add(store.remove(OrmKit.class, OrmKit.class));
        List<?> customizers = store.remove(CUSTOMIZERS, List.class);
        if (customizers != null) {
            customizers.stream().filter(AutoCloseable.class::isInstance).map(AutoCloseable.class::cast)
                    .forEach(open::add);
        }
        open.add(store.remove(TestDatabase.class, TestDatabase.class));
        @Nullable Exception failure = null;
        for (@Nullable AutoCloseable resource : open) {
            if (resource == null) {
                continue;
            }
            try {
                resource.close();
            } catch (Exception closing) {
                if (failure == null) {
                    failure = closing;
                } else {
                    failure.addSuppressed(closing);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestDatabase.class || type == DataSource.class || type == OrmKit.class
                || type == SqlCapture.class || type == TestClock.class
                || OrmKitCustomizer.class.isAssignableFrom(type) && customizerTypes(classContext(context)).contains(type);
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
        if (type == TestClock.class) {
            return clock(context);
        }
        if (type == OrmKit.class) {
            return ormKit(context);
        }
        return customizers(classContext(context)).stream().filter(type::isInstance).findFirst().orElseThrow();
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

    private static TestClock clock(ExtensionContext context) {
        ExtensionContext owner = classContext(context);
        String start = annotation(owner).clockStart();
        return owner.getStore(NAMESPACE).getOrComputeIfAbsent(TestClock.class,
                key -> new TestClock(start.isEmpty() ? Instant.now().truncatedTo(ChronoUnit.MICROS) : instant(start, owner)),
                TestClock.class);
    }

    private static Instant instant(String text, ExtensionContext owner) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException invalid) {
            throw new ExtensionConfigurationException("@PostgresTest(clockStart = \"" + text + "\") on "
                    + owner.getRequiredTestClass().getName() + " is not an ISO-8601 instant; write it like "
                    + "\"2026-04-01T09:00:00Z\", or leave it empty to start at the current time.", invalid);
        }
    }

    /** The test database's pool, seen through the class's {@link SqlCapture}. */
    private static DataSource capturedDataSource(ExtensionContext context) {
        ExtensionContext owner = classContext(context);
        TestDatabase database = database(owner);
        SqlCapture capture = capture(owner);
        return owner.getStore(NAMESPACE).getOrComputeIfAbsent(CAPTURED_DATA_SOURCE,
                key -> capture.wrap(database.dataSource()), DataSource.class);
    }

    private static OrmKit ormKit(ExtensionContext context) {
        ExtensionContext owner = classContext(context);
        TestDatabase database = database(owner);
        PostgresTest settings = annotation(owner);
        if (settings.entities().length == 0 && settings.customizers().length == 0) {
            throw new ParameterResolutionException("An OrmKit parameter needs entities: declare them in "
                    + "@PostgresTest(entities = {...}) on " + owner.getRequiredTestClass().getName()
                    + ", or name them in one of its customizers.");
        }
        return owner.getStore(NAMESPACE).getOrComputeIfAbsent(OrmKit.class, key -> {
            OrmKitBuilder builder = OrmKit.builder()
                    .dataSource(capturedDataSource(owner))
                    .entities(settings.entities())
                    .clock(clock(owner))
                    .property(STRICT_FETCH, settings.strictFetch());
            if (settings.createSchema()) {
                builder.property("jakarta.persistence.schema-generation.database.action", "create");
            }
            for (OrmKitCustomizer customizer : customizers(owner)) {
                customizer.customize(builder, database);
            }
            return builder.build();
        }, OrmKit.class);
    }

    private static List<Class<? extends OrmKitCustomizer>> customizerTypes(ExtensionContext owner) {
        return Arrays.asList(annotation(owner).customizers());
    }

    /** One instance of each customizer class per test class, made on first use. */
    private static List<OrmKitCustomizer> customizers(ExtensionContext owner) {
        List<?> made = owner.getStore(NAMESPACE).getOrComputeIfAbsent(CUSTOMIZERS,
                key -> customizerTypes(owner).stream().map(type -> instantiate(type, owner)).toList(), List.class);
        return made.stream().map(OrmKitCustomizer.class::cast).toList();
    }

    private static OrmKitCustomizer instantiate(Class<? extends OrmKitCustomizer> type, ExtensionContext owner) {
        try {
            Constructor<? extends OrmKitCustomizer> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (NoSuchMethodException missing) {
            throw new ExtensionConfigurationException("The customizer " + type.getName() + " named by @PostgresTest on "
                    + owner.getRequiredTestClass().getName() + " needs a constructor without parameters (a nested "
                    + "customizer class must be static).", missing);
        } catch (InvocationTargetException failed) {
            throw new ExtensionConfigurationException("The customizer " + type.getName() + " failed in its constructor: "
                    + failed.getCause(), failed.getCause());
        } catch (ReflectiveOperationException inaccessible) {
            throw new ExtensionConfigurationException("The customizer " + type.getName() + " cannot be created: "
                    + inaccessible, inaccessible);
        }
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
