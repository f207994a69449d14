package dev.ormkit.audit;

import dev.ormkit.audit.internal.Actors;
import dev.ormkit.core.internal.CallerText;
import dev.ormkit.core.internal.Clocks;
import dev.ormkit.core.query.InvalidQueryException;
import dev.ormkit.core.query.internal.ConditionCheck;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.Session;
import org.hibernate.query.MutationQuery;

/**
 * A JPQL bulk update that keeps the audit columns right. Bulk updates skip entity listeners in every JPA
 * implementation, so a plain {@code update Customer c set ...} would leave {@code updated_at},
 * {@code updated_by} and {@code version} stale; this helper sets them too.
 *
 * <pre>{@code
 * int archived = BulkUpdate.of(em, Customer.class)
 *         .set("status", Status.ARCHIVED)
 *         .where("e.lastLogin < :cutoff").parameter("cutoff", cutoff)
 *         .execute();
 * }</pre>
 *
 * <p>Property names are checked against the entity model; values are always bound parameters. Conditions are
 * JPQL on the alias {@code e} with named parameters, checked by the same rules, with the same
 * {@link InvalidQueryException} and messages, as {@code QuerySpec}'s: no literals, balanced parentheses, no
 * comments or statement separators. A bulk update cannot write the change log, so {@link ChangeLogged} entities
 * are refused with {@link UnloggedWriteException}.
 */
public final class BulkUpdate<T> {

    private static final Set<String> MANAGED = Set.of("id", "version", "createdAt", "updatedAt", "createdBy",
            "updatedBy", "deletedBy");

    private final EntityManager em;
    private final EntityType<T> entity;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final List<String> conditions = new ArrayList<>();

    private BulkUpdate(EntityManager em, EntityType<T> entity) {
        this.em = em;
        this.entity = entity;
    }

    /**
     * Starts a bulk update of {@code type} in {@code em}'s transaction.
     *
     * @throws UnloggedWriteException when {@code type} is {@link ChangeLogged}: a bulk update cannot write the
     *     change log
     */
    public static <T> BulkUpdate<T> of(EntityManager em, Class<T> type) {
        Objects.requireNonNull(em, "entity manager must not be null");
        EntityType<T> entity = em.getMetamodel().entity(type);
        if (type.isAnnotationPresent(ChangeLogged.class)) {
            throw new UnloggedWriteException("BulkUpdate cannot update " + entity.getName() + ": it is @ChangeLogged, and a"
                    + " bulk update writes no change-log row for the rows it changes. Load and change the entities"
                    + " (in pages, e.g. EntityRepository.stream), or save changed detached entities with"
                    + " BatchInsert.saveAll; both log every update.");
        }
        return new BulkUpdate<>(em, entity);
    }

    /**
     * Sets {@code property} to {@code value} (bound as a parameter) in every matching row.
     *
     * @throws InvalidQueryException when the entity has no such attribute (the message lists those it has), or
     *     when ormkit maintains it ({@code id}, {@code version}, timestamps, actors) or it is a collection
     */
    public BulkUpdate<T> set(String property, Object value) {
        Objects.requireNonNull(property, "property must not be null");
        Attribute<? super T, ?> attribute;
        try {
            attribute = entity.getAttribute(property);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidQueryException("Entity " + entity.getName() + " has no attribute " + CallerText.show(property)
                    + ". Known attributes: " + entity.getAttributes().stream().map(Attribute::getName).sorted().toList());
        }
        if (MANAGED.contains(property) || attribute.isCollection()) {
            throw new InvalidQueryException("Attribute '" + property + "' of " + entity.getName()
                    + " cannot be set by a bulk update: ormkit maintains it, or it is a collection.");
        }
        values.put(property, value);
        return this;
    }

    /**
     * Restricts the update to rows matching a JPQL condition on alias {@code e}, e.g. {@code "e.city = :city"};
     * several calls are ANDed, as in {@code QuerySpec}.
     *
     * @throws InvalidQueryException when the condition contains a literal or quoted identifier, unbalanced
     *     parentheses, {@code ;}, a comment, a backslash, an invisible character, or more than 4,000 characters
     *     (the rules and messages of {@code QuerySpec.where})
     */
    public BulkUpdate<T> where(String jpqlCondition) {
        conditions.add(ConditionCheck.checked(Objects.requireNonNull(jpqlCondition, "condition must not be null")));
        return this;
    }

    /**
     * Binds a named parameter of the conditions.
     *
     * @throws InvalidQueryException when the name is not a plain identifier or starts with {@code ormkit_}
     */
    public BulkUpdate<T> parameter(String name, Object value) {
        Objects.requireNonNull(name, "parameter name must not be null");
        parameters.put(ConditionCheck.parameterName(name), ConditionCheck.value(name, value));
        return this;
    }

    /**
     * Runs the update and returns the number of rows it changed.
     *
     * @throws InvalidQueryException when no {@link #set} came first
     */
    public int execute() {
        if (values.isEmpty()) {
            throw new InvalidQueryException("Nothing to update in " + entity.getName() + ": call set(property, value) "
                    + "before execute().");
        }
        Map<String, Object> properties = em.getEntityManagerFactory().getProperties();
        StringBuilder jpql = new StringBuilder("update ").append(entity.getName()).append(" e set ");
        int index = 0;
        for (String property : values.keySet()) {
            jpql.append("e.").append(property).append(" = :ormkit_v").append(index++).append(", ");
        }
        jpql.append("e.updatedAt = :ormkit_now, e.version = e.version + 1");
        boolean audited = Audited.class.isAssignableFrom(entity.getJavaType());
        if (audited) {
            jpql.append(", e.updatedBy = :ormkit_actor");
        }
        if (!conditions.isEmpty()) {
            jpql.append(" where (").append(String.join(") and (", conditions)).append(')');
        }
        MutationQuery query = em.unwrap(Session.class).createMutationQuery(jpql.toString());
        index = 0;
        for (Object value : values.values()) {
            query.setParameter("ormkit_v" + index++, value);
        }
        query.setParameter("ormkit_now", Clocks.now(Clocks.fromProperties(properties)));
        if (audited) {
            query.setParameter("ormkit_actor", Actors.from(properties).current());
        }
        parameters.forEach(query::setParameter);
        return query.executeUpdate();
    }
}
