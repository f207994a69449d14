package dev.ormkit.examples.spring;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot application using ormkit entities through {@code ormkit-spring-boot-starter}, with no ormkit
 * wiring: Boot's pool gets ormkit's session settings, Hibernate its defaults, timestamps come from the
 * {@link Clock} bean, audit columns name the signed-in Spring Security user, and every delete is a soft delete.
 */
@SpringBootApplication
public class ClinicApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClinicApplication.class, args);
    }

    /** The application's clock; ormkit stamps created_at/updated_at/deleted_at with it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
