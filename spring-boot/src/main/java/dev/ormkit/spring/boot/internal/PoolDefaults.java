package dev.ormkit.spring.boot.internal;

import com.zaxxer.hikari.HikariDataSource;
import dev.ormkit.core.OrmKitBuilder;
import dev.ormkit.core.OrmKitConfigurationException;
import dev.ormkit.core.SessionHygiene;
import dev.ormkit.core.internal.Pools;
import dev.ormkit.spring.boot.OrmKitSpringProperties;
import java.util.Locale;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Gives every HikariCP pool of the application context on PostgreSQL what the pool {@code OrmKit.builder()} owns
 * has: pgjdbc's settings and the {@code statement_timeout}/{@code lock_timeout}/idle backstops as start-up
 * {@code options} (from {@link Pools#driverProperties}), the session time zone UTC, a 10 s connection timeout and
 * a 60 s leak warning unless configured, and {@link SessionHygiene#resettingOnReturn} around the pool.
 *
 * <p>Runs before initialization, after Boot bound {@code spring.datasource.hikari.*} (that binding is
 * {@code PriorityOrdered}; this is only {@code Ordered}) and before the pool starts, which happens on the first
 * {@code getConnection}. Values the application set win: its own {@code options} come after ormkit's (PostgreSQL
 * keeps the last {@code -c} of a setting), its data source properties are kept. The reset wrapper is added after
 * initialization, first among the ordinary post-processors, so wrappers of the application's (a SQL recorder)
 * wrap the resetting pool.
 *
 * <p>The {@code ormkit.*} properties are bound here from the {@link Environment} rather than injected: a
 * post-processor is created before other beans, and asking for a bean would take it out of post-processing.
 */
public final class PoolDefaults implements BeanPostProcessor, Ordered {

    private static final String ORMKIT_INIT_SQL = "set time zone 'UTC'";
    private static final long HIKARI_DEFAULT_CONNECTION_TIMEOUT = 30_000;

    private final Environment environment;
    private @Nullable BootSettings settings;

    public PoolDefaults(Environment environment) {
        this.environment = environment;
    }

    @Override
    public int getOrder() {
        return 0;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && onPostgres(pool)) {
            configure(pool, beanName);
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && onPostgres(pool) && settings().resetSessionOnReturn()) {
            return SessionHygiene.resettingOnReturn(pool);
        }
        return bean;
    }

    private void configure(HikariDataSource pool, String beanName) {
        BootSettings resolved = settings();
        Properties ormkit = Pools.driverProperties(resolved.statementTimeout(), resolved.lockTimeout(),
                resolved.idleInTransactionTimeout());
        String applicationName = environment.getProperty("spring.application.name");
        if (applicationName != null && !applicationName.isBlank()) {
            ormkit.setProperty("ApplicationName", applicationName);
        }
        Properties own = pool.getDataSourceProperties();
        Object ownOptions = own.get("options");
        ormkit.forEach(own::putIfAbsent);
        if (ownOptions != null) {
            own.put("options", ormkit.getProperty("options") + " " + ownOptions);
        }
        pool.setConnectionInitSql(initSql(pool.getConnectionInitSql(), beanName, resolved));
        if (!bound("connection-timeout") && pool.getConnectionTimeout() == HIKARI_DEFAULT_CONNECTION_TIMEOUT) {
            pool.setConnectionTimeout(OrmKitBuilder.DEFAULT_CONNECTION_TIMEOUT.toMillis());
        }
        if (!bound("leak-detection-threshold") && pool.getLeakDetectionThreshold() == 0) {
            pool.setLeakDetectionThreshold(OrmKitBuilder.DEFAULT_LEAK_DETECTION_THRESHOLD.toMillis());
        }
    }

    /**
     * pgjdbc sends the JVM's zone at start-up, overriding {@code options}: UTC is set by SQL on each new
     * connection, and again by the reset on return. Any other init SQL would be undone by that reset's
     * {@code RESET ALL} after the first use, so it is refused with the fix rather than lost silently.
     */
    private static String initSql(@Nullable String own, String beanName, BootSettings settings) {
        if (own == null || own.isBlank() || normalized(own).equals(normalized(ORMKIT_INIT_SQL))) {
            return ORMKIT_INIT_SQL;
        }
        if (settings.resetSessionOnReturn()) {
            throw new OrmKitConfigurationException("The pool '" + beanName + "' runs connection-init-sql '" + own
                    + "', but ormkit resets each connection when it goes back to the pool (RESET ALL), which would "
                    + "undo it after the first use. Put session settings into the start-up options instead "
                    + "(spring.datasource.hikari.data-source-properties.options=-c search_path=app), or set "
                    + "ormkit.reset-session-on-return=false.");
        }
        return ORMKIT_INIT_SQL + "; " + own;
    }

    private static String normalized(String sql) {
        return sql.strip().replaceAll("\\s+", " ").replaceAll(";$", "").toLowerCase(Locale.ROOT);
    }

    private static boolean onPostgres(HikariDataSource pool) {
        String url = pool.getJdbcUrl();
        String dataSourceClass = pool.getDataSourceClassName();
        return (url != null && url.startsWith("jdbc:postgresql:"))
                || (dataSourceClass != null && dataSourceClass.startsWith("org.postgresql."));
    }

    private boolean bound(String hikariProperty) {
        return Binder.get(environment).bind("spring.datasource.hikari." + hikariProperty, Bindable.of(String.class))
                .isBound();
    }

    private BootSettings settings() {
        if (settings == null) {
            OrmKitSpringProperties properties = Binder.get(environment)
                    .bind("ormkit", Bindable.of(OrmKitSpringProperties.class))
                    .orElseGet(OrmKitSpringProperties::new);
            settings = BootSettings.from(properties);
        }
        return settings;
    }
}
