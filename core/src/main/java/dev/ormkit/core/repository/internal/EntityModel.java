package dev.ormkit.core.repository.internal;

import dev.ormkit.core.internal.CallerText;
import dev.ormkit.core.internal.EntityNames;
import dev.ormkit.core.paging.InvalidPageRequestException;
import dev.ormkit.core.paging.Order;
import dev.ormkit.core.paging.Sort;
import dev.ormkit.core.paging.internal.KeyValues;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;

/** What the repository needs to know about its entity: its HQL name and which properties it may sort by. */
public final class EntityModel {

    private final Class<?> type;
    private final EntityType<?> entity;
    private final EntityPersister persister;

    public EntityModel(SessionFactoryImplementor factory, Class<?> type) {
        this.type = type;
        this.entity = factory.getJpaMetamodel().entity(type);
        this.persister = factory.getMappingMetamodel().getEntityDescriptor(type);
    }

    public String name() {
        return entity.getName();
    }

    public Class<?> javaType() {
        return type;
    }

    public String simpleName() {
        return EntityNames.of(type);
    }

    /**
     * The validated sort keys with the id appended as tiebreaker. Each must be a basic, comparable property
     * of the entity; keyset keys must also be of a type a cursor can carry.
     */
    public List<Sort> order(Order order, boolean keyset) {
        List<Sort> sorts = new ArrayList<>();
        boolean hasId = false;
        for (Sort sort : order.sorts()) {
            Class<?> keyType = sortable(sort.property());
            if (keyset && !KeyValues.supports(keyType)) {
                throw new InvalidPageRequestException("Sort key " + CallerText.show(sort.property()) + " of " + simpleName()
                        + " has type " + keyType.getSimpleName() + ", which keyset cursors cannot carry. Sort by "
                        + "a string, number, date/time, UUID, boolean or enum property, or use offset paging.");
            }
            hasId |= sort.property().equals(idName());
            sorts.add(sort);
        }
        if (!hasId) {
            boolean lastAscending = sorts.isEmpty() || sorts.get(sorts.size() - 1).ascending();
            sorts.add(new Sort(idName(), lastAscending));
        }
        return sorts;
    }

    private Class<?> sortable(String property) {
        SingularAttribute<?, ?> attribute;
        try {
            attribute = entity.getSingularAttribute(property);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidPageRequestException("Unknown sort key " + CallerText.show(property) + ": " + simpleName()
                    + " has no such property. Sortable properties of " + simpleName() + ": " + sortableNames()
                    + ".");
        }
        if (!isSortable(attribute)) {
            throw new InvalidPageRequestException("Sort key " + CallerText.show(property) + " of " + simpleName() + " is not "
                    + "sortable (only basic, comparable properties are). Sortable properties of " + simpleName()
                    + ": " + sortableNames() + ".");
        }
        return attribute.getJavaType();
    }

    private static boolean isSortable(Attribute<?, ?> attribute) {
        return attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.BASIC
                && (Comparable.class.isAssignableFrom(attribute.getJavaType()) || attribute.getJavaType().isPrimitive());
    }

    private Set<String> sortableNames() {
        Set<String> names = new TreeSet<>();
        entity.getSingularAttributes().stream().filter(EntityModel::isSortable).forEach(a -> names.add(a.getName()));
        return names;
    }

    public String idName() {
        return entity.getId(entity.getIdType().getJavaType()).getName();
    }

    public Class<?> keyType(String property) {
        return entity.getSingularAttribute(property).getJavaType();
    }

    public @Nullable Object keyValue(Object row, String property) {
        if (property.equals(idName())) {
            return persister.getIdentifier(row, (org.hibernate.engine.spi.SharedSessionContractImplementor) null);
        }
        return persister.getPropertyValue(row, property);
    }
}
