package dev.ormkit.core.internal;

import dev.ormkit.core.OrmKitConfigurationException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;

/**
 * Prepares properties that ormkit's listeners fill at flush (timestamps, audit columns): each must be mapped, and
 * is marked optional for Hibernate's persist-time null check while its column stays NOT NULL in the DDL.
 */
public final class FlushFilledProperties {

    private FlushFilledProperties() {}

    /**
     * @param contract the interface the entity implements, for the message
     * @param fix how to map a missing property, given its name
     * @throws OrmKitConfigurationException naming the entity and the first missing property
     */
    public static void prepare(PersistentClass entity, Class<?> contract, Function<String, String> fix,
            String... required) {
        Set<String> wanted = Set.of(required);
        Set<String> mapped = new HashSet<>();
        for (Property property : entity.getPropertyClosure()) {
            if (wanted.contains(property.getName())) {
                mapped.add(property.getName());
                property.setOptional(true);
            }
        }
        for (String name : required) {
            if (!mapped.contains(name)) {
                throw new OrmKitConfigurationException("Entity " + entity.getEntityName() + " implements "
                        + contract.getName() + " but maps no persistent property '" + name + "'. " + fix.apply(name));
            }
        }
    }
}
