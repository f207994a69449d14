package dev.ormkit.softdelete.internal;

import dev.ormkit.softdelete.SoftDeleteColumn;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.EmbeddableValuedModelPart;
import org.hibernate.metamodel.mapping.ModelPart;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;

/**
 * Where an entity keeps {@code deletedAt}: a property of its own ({@code SoftDeletableEntity}, or mapped by hand),
 * or inside an embedded {@link SoftDeleteColumn} ({@code deletion.deletedAt}).
 */
public final class DeletedAtPath {

    static final String PROPERTY = "deletedAt";

    private DeletedAtPath() {}

    /** The property in the boot model, or null when the entity maps none. */
    static @Nullable Property of(PersistentClass entity) {
        for (Property property : entity.getPropertyClosure()) {
            if (property.getName().equals(PROPERTY)) {
                return property;
            }
            if (property.getValue() instanceof Component component
                    && SoftDeleteColumn.class.getName().equals(component.getComponentClassName())) {
                return component.getProperty(PROPERTY);
            }
        }
        return null;
    }

    /** The HQL path from the entity to {@code deletedAt}, e.g. {@code deletedAt} or {@code deletion.deletedAt}. */
    public static String of(EntityPersister entity) {
        if (entity.findAttributeMapping(PROPERTY) != null) {
            return PROPERTY;
        }
        for (int i = 0; i < entity.getNumberOfAttributeMappings(); i++) {
            AttributeMapping attribute = entity.getAttributeMapping(i);
            if (attribute instanceof EmbeddableValuedModelPart embedded
                    && embedded.getJavaType().getJavaTypeClass() == SoftDeleteColumn.class) {
                return attribute.getAttributeName() + "." + PROPERTY;
            }
        }
        return PROPERTY;
    }

    /** The column mapping of {@code deletedAt}, or null. */
    static @Nullable SelectableMapping column(EntityPersister entity) {
        ModelPart part = entity.findByPath(of(entity));
        return part instanceof SelectableMapping selectable ? selectable : null;
    }
}
