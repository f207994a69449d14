package dev.ormkit.core.query.internal;

import dev.ormkit.core.query.QuerySpec;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;
import org.hibernate.query.restriction.Restriction;
import org.hibernate.query.specification.MutationSpecification;
import org.hibernate.query.specification.SelectionSpecification;

/**
 * A {@link QuerySpec}'s conditions added to an HQL statement, one way for every ormkit query that takes a spec
 * (repository selects, soft-delete's {@code deleteAll}): the JPQL conditions as {@code where (a) and (b)}, then the
 * restrictions and Criteria conditions through Hibernate's specifications.
 */
public final class Specifications {

    private Specifications() {}

    /** {@code " where (a) and (b)"} for the spec's JPQL conditions on alias {@code e}, or {@code ""} without any. */
    public static String where(QuerySpec<?> spec) {
        List<String> conditions = spec.jpqlConditions();
        return conditions.isEmpty() ? "" : " where (" + String.join(") and (", conditions) + ")";
    }

    /** Whether the spec has conditions only a specification can add (restrictions or Criteria predicates). */
    public static boolean needsSpecification(QuerySpec<?> spec) {
        return !spec.restrictions().isEmpty() || !spec.criteriaConditions().isEmpty();
    }

    /** The select {@code hql} with the spec's restrictions and Criteria conditions added. */
    @SuppressWarnings("unchecked")
    public static <T> SelectionSpecification<T> selection(Class<T> type, String hql, QuerySpec<? super T> spec) {
        SelectionSpecification<T> specification = SelectionSpecification.create(type, hql);
        for (Restriction<? super T> restriction : spec.restrictions()) {
            specification = specification.restrict(restriction);
        }
        for (QuerySpec.CriteriaCondition<? super T> condition : spec.criteriaConditions()) {
            QuerySpec.CriteriaCondition<T> typed = (QuerySpec.CriteriaCondition<T>) condition;
            specification = specification.augment((CriteriaBuilder builder, CriteriaQuery<T> query, Root<T> root) -> {
                Predicate added = typed.toPredicate(builder, root);
                Predicate existing = query.getRestriction();
                query.where(existing == null ? added : builder.and(existing, added));
            });
        }
        return specification;
    }

    /** The delete {@code hql} with the spec's restrictions and Criteria conditions added. */
    @SuppressWarnings("unchecked")
    public static <T> MutationSpecification<T> deletion(Class<T> type, String hql, QuerySpec<? super T> spec) {
        MutationSpecification<T> specification = MutationSpecification.create(type, hql);
        for (Restriction<? super T> restriction : spec.restrictions()) {
            specification = specification.restrict(restriction);
        }
        for (QuerySpec.CriteriaCondition<? super T> condition : spec.criteriaConditions()) {
            QuerySpec.CriteriaCondition<T> typed = (QuerySpec.CriteriaCondition<T>) condition;
            specification = specification.augment((builder, query, root) -> {
                if (query instanceof CriteriaDelete<?> delete) {
                    Predicate added = typed.toPredicate(builder, root);
                    Predicate existing = delete.getRestriction();
                    delete.where(existing == null ? added : builder.and(existing, added));
                }
            });
        }
        return specification;
    }
}
