package dev.ormkit.core;

/**
 * Names of the configuration properties ormkit reads from the Hibernate/JPA properties. Use them when the
 * application bootstraps JPA itself (Spring Boot's {@code spring.jpa.properties.*}, a {@code
 * persistence.xml}, Quarkus); {@link OrmKitBuilder} sets them for you.
 *
 * <pre>{@code
 * Map<String, Object> props = Map.of(OrmKitProperties.CLOCK, Clock.systemUTC());
 * EntityManagerFactory emf = Persistence.createEntityManagerFactory("clinic", props);
 * }</pre>
 */
public final class OrmKitProperties {

    /**
     * The {@link java.time.Clock} that timestamps come from: a {@code Clock} instance (not a class name).
     * Default: {@link java.time.Clock#systemUTC()}.
     */
    public static final String CLOCK = "ormkit.clock";

    private OrmKitProperties() {}
}
