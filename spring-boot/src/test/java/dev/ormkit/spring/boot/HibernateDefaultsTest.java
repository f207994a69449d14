package dev.ormkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.OrmKitProperties;
import dev.ormkit.core.internal.Bootstrap;
import dev.ormkit.core.internal.PoolSettings;
import dev.ormkit.spring.boot.internal.BootSettings;
import dev.ormkit.spring.boot.internal.HibernateDefaults;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The Hibernate properties the starter puts into Boot's EntityManagerFactory, compared with the builder's. */
@ExtendWith(OutputCaptureExtension.class)
class HibernateDefaultsTest {

    /** Builder properties that do not belong in Boot: Boot supplies the DataSource, naming and show-sql itself. */
    private static final Set<String> BOOT_OWNS = Set.of("hibernate.connection.datasource",
            "hibernate.physical_naming_strategy", "hibernate.show_sql");

    @Test
    void everyDefaultOfTheBuilderReachesBootWithTheSameValue() throws ReflectiveOperationException {
        Clock clock = Clock.systemUTC();
        Map<String, Object> builder = builderDefaults(clock);
        Map<String, Object> boot = new HashMap<>();
        new HibernateDefaults(BootSettings.from(new OrmKitSpringProperties()), clock).customize(boot);

        builder.keySet().removeAll(BOOT_OWNS);
        assertThat(boot).containsOnlyKeys(merged(builder.keySet(), Set.of(OrmKitProperties.STRICT_FETCH,
                OrmKitProperties.MAX_PAGE_SIZE, OrmKitProperties.MAX_LIST_SIZE)));
        builder.forEach((name, value) -> {
            if (!name.equals(OrmKitProperties.CURSOR_SECRET)) {
                assertThat(boot.get(name)).as(name).isEqualTo(value);
            }
        });
    }

    @Test
    void theApplicationsOwnValuesWin() {
        Map<String, Object> properties = new HashMap<>(Map.of("hibernate.jdbc.batch_size", "7",
                OrmKitProperties.CURSOR_SECRET, "from-spring-jpa-properties-0123456789abcdef"));
        new HibernateDefaults(BootSettings.from(new OrmKitSpringProperties()), null).customize(properties);

        assertThat(properties).containsEntry("hibernate.jdbc.batch_size", "7")
                .containsEntry(OrmKitProperties.CURSOR_SECRET, "from-spring-jpa-properties-0123456789abcdef")
                .doesNotContainKey(OrmKitProperties.CLOCK);
    }

    @Test
    void withoutACursorSecretEachStartMakesOneAndWarns(CapturedOutput output) {
        Map<String, Object> first = new HashMap<>();
        Map<String, Object> second = new HashMap<>();
        BootSettings settings = BootSettings.from(new OrmKitSpringProperties());
        new HibernateDefaults(settings, null).customize(first);
        new HibernateDefaults(settings, null).customize(second);

        assertThat((byte[]) first.get(OrmKitProperties.CURSOR_SECRET)).hasSize(32)
                .isNotEqualTo(second.get(OrmKitProperties.CURSOR_SECRET));
        assertThat(output).contains("ormkit.cursor-secret is not set");
    }

    @Test
    void aConfiguredCursorSecretIsUsedWithoutAWarning(CapturedOutput output) {
        OrmKitSpringProperties properties = new OrmKitSpringProperties();
        properties.setCursorSecret("0123456789abcdef0123456789abcdef");
        Map<String, Object> hibernate = new HashMap<>();
        new HibernateDefaults(BootSettings.from(properties), null).customize(hibernate);

        assertThat(new String((byte[]) hibernate.get(OrmKitProperties.CURSOR_SECRET),
                java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("0123456789abcdef0123456789abcdef");
        assertThat(output).doesNotContain("ormkit.cursor-secret is not set");
    }

    /** {@code Bootstrap.properties} is package-private in core: read it reflectively so the lists cannot drift. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> builderDefaults(Clock clock) throws ReflectiveOperationException {
        Bootstrap.Settings settings = new Bootstrap.Settings(null, "jdbc:postgresql://localhost/x", null, null,
                List.of(), List.of(), clock, Duration.ofSeconds(30), null, 10, Map.of(), PoolSettings.defaults());
        Method properties = Bootstrap.class.getDeclaredMethod("properties", Bootstrap.Settings.class,
                DataSource.class);
        properties.setAccessible(true);
        return new HashMap<>((Map<String, Object>) properties.invoke(null, settings, null));
    }

    private static Set<String> merged(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
