package dev.ormkit.spring.boot.test;

import dev.ormkit.testkit.PostgresServer;
import dev.ormkit.testkit.TestDatabase;
import dev.ormkit.testkit.sql.SqlCapture;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Registered in {@code META-INF/spring.factories}; acts on test classes annotated {@link AutoConfigureTestPostgres}.
 * Not API: use the annotation.
 */
public final class TestPostgresContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        boolean annotated = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .isPresent(AutoConfigureTestPostgres.class);
        return annotated ? new Customizer(testClass) : null;
    }

    /** One per test class (equality by class), so each class gets its own context and database. */
    private record Customizer(Class<?> testClass) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
            TestDatabase database = PostgresServer.shared().createDatabase(testClass.getSimpleName());
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("ormkit-test-database",
                    Map.of("spring.datasource.url", database.jdbcUrl(),
                            "spring.datasource.username", database.username(),
                            "spring.datasource.password", database.password(),
                            "spring.test.database.replace", "none")));
            context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> drop(database));
            SqlCapture capture = new SqlCapture();
            context.getBeanFactory().registerSingleton("ormkitSqlCapture", capture);
            RootBeanDefinition recorder = new RootBeanDefinition(Recorder.class, () -> new Recorder(capture));
            ((BeanDefinitionRegistry) context.getBeanFactory()).registerBeanDefinition("ormkitSqlRecorder", recorder);
        }
    }

    /**
     * Spring closes cached test contexts when the JVM exits, when a server container the testkit started may be
     * stopping too: the database goes with it then.
     */
    private static void drop(TestDatabase database) {
        try {
            database.close();
        } catch (RuntimeException serverGone) {
            // nothing left to clean up
        }
    }

    /** Wraps the DataSource last, so it records what reaches the pool through every other wrapper. */
    static final class Recorder implements BeanPostProcessor, Ordered {

        private final SqlCapture capture;

        Recorder(SqlCapture capture) {
            this.capture = capture;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            return bean instanceof DataSource dataSource ? capture.wrap(dataSource) : bean;
        }

        @Override
        public int getOrder() {
            return LOWEST_PRECEDENCE;
        }
    }
}
