package dev.ormkit.core.internal;

import dev.ormkit.core.OrmKitConfigurationException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.jspecify.annotations.Nullable;

/**
 * Prepares properties that ormkit's listeners fill at flush (timestamps, audit columns): each must be mapped, and
 * is marked optional for Hibernate's persist-time null check while its column stays NOT NULL in the DDL. Each
 * updatable one is also written in every UPDATE Hibernate issues; see {@link WrittenOnEveryUpdate}.
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
                writeOnEveryUpdate(property);
            }
        }
        for (String name : required) {
            if (!mapped.contains(name)) {
                throw new OrmKitConfigurationException("Entity " + entity.getEntityName() + " implements "
                        + contract.getName() + " but maps no persistent property '" + name + "'. " + fix.apply(name));
            }
        }
    }

    /** Makes the named properties, where mapped and updatable, part of every UPDATE; see {@link WrittenOnEveryUpdate}. */
    public static void writeOnEveryUpdate(PersistentClass entity, String... names) {
        Set<String> wanted = Set.of(names);
        for (Property property : entity.getPropertyClosure()) {
            if (wanted.contains(property.getName())) {
                writeOnEveryUpdate(property);
            }
        }
    }

    private static void writeOnEveryUpdate(Property property) {
        if (property.isUpdatable() && property.getValueGeneratorCreator() == null) {
            property.setValueGeneratorCreator(context -> new WrittenOnEveryUpdate());
        }
    }

    /**
     * Marks a property that a {@code PRE_UPDATE} listener fills as generated on update, keeping the listener's value.
     * Without it, when only the version is dirty (a child added to a collection, so Hibernate increments the parent's
     * version) Hibernate 7.4's {@code UpdateCoordinatorStandard} takes its version-only path,
     * {@code update t set version=? where id=? and version=?}, and drops what the listener put into the state
     * (measured: {@code updated_at} stayed at the earlier time). An in-memory update generator makes Hibernate skip
     * that path and count the property as dirty, so it is written — also under {@code @DynamicUpdate}.
     */
    static final class WrittenOnEveryUpdate implements BeforeExecutionGenerator {

        private static final long serialVersionUID = 1L;

        @Override
        public @Nullable Object generate(SharedSessionContractImplementor session, Object owner,
                @Nullable Object currentValue, EventType eventType) {
            return currentValue;
        }

        @Override
        public EnumSet<EventType> getEventTypes() {
            return EnumSet.of(EventType.UPDATE);
        }

        @Override
        public boolean allowMutation() {
            return true;
        }
    }
}
