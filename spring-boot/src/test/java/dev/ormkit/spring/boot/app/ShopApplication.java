package dev.ormkit.spring.boot.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Boot application with Spring Data JPA and ormkit's starter, and not one line of ormkit wiring. */
@SpringBootApplication
public class ShopApplication {
}
