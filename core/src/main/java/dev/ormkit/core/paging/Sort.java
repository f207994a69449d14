package dev.ormkit.core.paging;

import jakarta.persistence.metamodel.SingularAttribute;
import java.util.Objects;

/**
 * One sort key: an entity property and a direction, as in Jakarta Data's {@code Sort}. The property name is
 * checked against the entity's metamodel when a query runs; an unknown or non-sortable name fails with
 * {@link InvalidPageRequestException}. It is never copied into a query unchecked.
 *
 * <pre>{@code
 * Order order = Order.by(Sort.asc("name"), Sort.desc(Owner_.createdAt));
 * }</pre>
 *
 * @param property the entity property, for example {@code "name"}
 * @param ascending {@code true} for ascending order
 */
public record Sort(String property, boolean ascending) {

    /** Validates that the property name is given. */
    public Sort {
        Objects.requireNonNull(property, "property must not be null");
    }

    /** Ascending by the named property. */
    public static Sort asc(String property) {
        return new Sort(property, true);
    }

    /** Descending by the named property. */
    public static Sort desc(String property) {
        return new Sort(property, false);
    }

    /** Ascending by a static-metamodel attribute, for example {@code Sort.asc(Owner_.name)}. */
    public static Sort asc(SingularAttribute<?, ?> attribute) {
        return new Sort(attribute.getName(), true);
    }

    /** Descending by a static-metamodel attribute. */
    public static Sort desc(SingularAttribute<?, ?> attribute) {
        return new Sort(attribute.getName(), false);
    }

    /** The same property in the opposite direction. */
    public Sort reversed() {
        return new Sort(property, !ascending);
    }

    @Override
    public String toString() {
        return property + (ascending ? " asc" : " desc");
    }
}
