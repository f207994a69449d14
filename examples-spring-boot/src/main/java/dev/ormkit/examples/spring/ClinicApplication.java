package dev.ormkit.examples.spring;

import dev.ormkit.core.OrmKitProperties;
import java.time.Clock;
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

    /** Timestamps of ormkit entities come from the application's Clock bean. */
    @Bean
    HibernatePropertiesCustomizer ormkitClock(Clock clock) {
        return properties -> properties.put(OrmKitProperties.CLOCK, clock);
    }
}
