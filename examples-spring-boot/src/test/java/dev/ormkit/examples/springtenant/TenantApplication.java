package dev.ormkit.examples.springtenant;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Boot application whose entities are tenant-scoped, with nothing of ormkit configured. */
@SpringBootApplication
public class TenantApplication {}
