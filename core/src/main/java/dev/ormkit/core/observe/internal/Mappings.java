package dev.ormkit.core.observe.internal;

import dev.ormkit.core.internal.EntityNames;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.internal.ToOneAttributeMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;

/**
 * Turns the table and key column of an N+1 shape into the entity and association of the mapping: {@code pet},
 * {@code owner_id} is the collection {@code Owner.pets}; {@code owner}, {@code id} is a to-one such as
 * {@code Pet.owner}. Built once per factory, at the first report.
 */
final class Mappings {

    /** What a shape's lookup means in the mapping. */
    record Named(String entity, String association) {}

    private final Map<String, String> entityByTable = new HashMap<>();
    private final Map<String, String> collectionByKey = new HashMap<>();
    private final Map<String, Set<String>> toOnesByTarget = new LinkedHashMap<>();

    Mappings(SessionFactoryImplementor factory) {
        var metamodel = factory.getMappingMetamodel();
        metamodel.forEachEntityDescriptor(entity -> {
            entityByTable.putIfAbsent(table(entity.getTableName()), EntityNames.of(entity));
            for (int i = 0; i < entity.getNumberOfAttributeMappings(); i++) {
                AttributeMapping attribute = entity.getAttributeMapping(i);
                if (attribute instanceof ToOneAttributeMapping toOne) {
                    EntityPersister target = toOne.getEntityMappingType().getEntityPersister();
                    toOnesByTarget.computeIfAbsent(table(target.getTableName()), t -> new TreeSet<>())
                            .add(EntityNames.of(entity) + "." + attribute.getAttributeName());
                }
            }
        });
        metamodel.forEachCollectionDescriptor(collection -> {
            String owner = EntityNames.of(collection.getOwnerEntityPersister());
            String property = collection.getRole().substring(collection.getRole().lastIndexOf('.') + 1);
            String table = table(collection.getTableName());
            collection.getAttributeMapping().getKeyDescriptor().getKeyPart().forEachSelectable((index, column) ->
                    collectionByKey.putIfAbsent(table + "." + column.getSelectionExpression().toLowerCase(Locale.ROOT),
                            owner + "." + property));
        });
    }

    /** The entity and association the shape most likely loads, or the shape's own description. */
    Named name(String shape) {
        Shapes.Lookup lookup = Shapes.lookup(shape);
        if (lookup == null) {
            return new Named("unknown", Shapes.likelyAssociation(shape));
        }
        String table = table(lookup.table());
        String entity = entityByTable.getOrDefault(table, table);
        String column = lookup.column().replace("\"", "");
        if (column.equals("id")) {
            Set<String> toOnes = toOnesByTarget.get(table);
            return new Named(entity, toOnes == null ? entity + " by id" : String.join(" or ", toOnes));
        }
        String collection = collectionByKey.get(table + "." + column);
        return new Named(entity, collection != null ? collection : table + "." + column);
    }

    private static String table(@Nullable String name) {
        if (name == null) {
            return "";
        }
        String plain = name.replace("\"", "").toLowerCase(Locale.ROOT);
        int dot = plain.lastIndexOf('.');
        return dot < 0 ? plain : plain.substring(dot + 1);
    }
}
