package dev.ormkit.examples.spring;

import dev.ormkit.core.OrmKitProperties;
import dev.ormkit.audit.Auditing;
import dev.ormkit.audit.AuditorProvider;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot application using ormkit entities. Spring Boot starts JPA; ormkit's Hibernate integration is
 * picked up from the class path. The only wiring is handing ormkit the application's {@link Clock}.
 */
@SpringBootApplication
public class ClinicApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClinicApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Who is acting: in a real application, the authenticated user from Spring Security. */
    @Bean
    CurrentUser currentUser() {
        return new CurrentUser();
    }

    /**
     * ormkit's settings for a JPA that Spring Boot starts: the Clock bean for timestamps, the actor for audit
     * columns, and a cursor secret for keyset pages. Soft delete needs no setting: every deletion route is covered.
     */
    @Bean
    HibernatePropertiesCustomizer ormkitSettings(Clock clock, CurrentUser currentUser,
            @Value("${clinic.cursor-secret}") String cursorSecret) {
        return properties -> {
            properties.put(OrmKitProperties.CLOCK, clock);
            properties.put(Auditing.AUDITOR_PROVIDER, (AuditorProvider) currentUser::name);
            properties.put(OrmKitProperties.CURSOR_SECRET, cursorSecret.getBytes(StandardCharsets.UTF_8));
        };
    }

    /** The current user of this thread; a stand-in for Spring Security's context. */
    public static final class CurrentUser {
        private final ThreadLocal<String> name = new ThreadLocal<>();

        public void set(String user) {
            name.set(user);
        }

        Optional<String> name() {
            return Optional.ofNullable(name.get());
        }
    }
}
