package dev.ormkit.core.query;

import dev.ormkit.core.Incubating;
import dev.ormkit.core.fetch.FetchPlan;
import dev.ormkit.core.paging.Order;
import dev.ormkit.core.paging.Sort;
import dev.ormkit.core.query.internal.ConditionCheck;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.query.restriction.Restriction;
import org.jspecify.annotations.Nullable;

/**
 * What a repository query selects: conditions, order, fetch plan, timeout and limit. Immutable; every method
 * returns a copy. Values are always bound parameters: a JPQL condition names them ({@code :city}) and
 * {@link #bind} supplies them; a condition containing a string literal is rejected.
 *
 * <p>Conditions are ANDed. They can be JPQL, where the entity is the alias {@code e}; Criteria predicates;
 * or Hibernate {@link Restriction}s (type-safe with the static metamodel). The methods that take or return a
 * {@code Restriction} are {@link Incubating}, as Hibernate's {@code Restriction} is.
 *
 * <pre>{@code
 * QuerySpec<Owner> inLondon = QuerySpec.<Owner>where("e.city = :city").bind("city", "London")
 *         .orderBy(Sort.asc("name"))
 *         .fetch(FetchPlan.of("pets.visits"));
 * QuerySpec<Owner> named = QuerySpec.matching((cb, owner) -> cb.like(owner.get("name"), "A%"));
 * QuerySpec<Owner> typed = QuerySpec.restrict(Restriction.equal(Owner_.city, "Paris"));
 * }</pre>
 *
 * @param <T> the entity type the conditions apply to
 */
public final class QuerySpec<T> {

    /** A Criteria predicate on the query's root. */
    @FunctionalInterface
    public interface CriteriaCondition<T> {
        /** The predicate for {@code root}; build it with {@code builder}, never from concatenated values. */
        Predicate toPredicate(CriteriaBuilder builder, Root<T> root);
    }

    private final List<String> jpql;
    private final List<CriteriaCondition<T>> criteria;
    private final List<Restriction<? super T>> restrictions;
    private final Map<String, Object> parameters;
    private final Order order;
    private final FetchPlan fetchPlan;
    private final @Nullable Duration timeout;
    private final int limit;

    private QuerySpec(List<String> jpql, List<CriteriaCondition<T>> criteria, List<Restriction<? super T>> restrictions,
            Map<String, Object> parameters, Order order, FetchPlan fetchPlan, @Nullable Duration timeout, int limit) {
        this.jpql = List.copyOf(jpql);
        this.criteria = List.copyOf(criteria);
        this.restrictions = List.copyOf(restrictions);
        this.parameters = parameters;
        this.order = order;
        this.fetchPlan = fetchPlan;
        this.timeout = timeout;
        this.limit = limit;
    }

    /** Every row, in id order. */
    public static <T> QuerySpec<T> all() {
        return new QuerySpec<>(List.of(), List.of(), List.of(), Map.of(), Order.unsorted(), FetchPlan.none(), null, 0);
    }

    /**
     * Rows matching a JPQL condition on the alias {@code e}, for example {@code "e.city = :city"}. Bind each
     * named parameter with {@link #bind}.
     *
     * @throws InvalidQueryException when the condition contains a string literal (a quote): bind the value
     */
    public static <T> QuerySpec<T> where(String condition) {
        return QuerySpec.<T>all().and(condition);
    }

    /** Rows matching a Criteria predicate. */
    public static <T> QuerySpec<T> matching(CriteriaCondition<T> condition) {
        return QuerySpec.<T>all().and(condition);
    }

    /** Rows matching a Hibernate restriction, for example {@code Restriction.equal(Owner_.city, "Paris")}. */
    @Incubating
    public static <T> QuerySpec<T> restrict(Restriction<? super T> restriction) {
        return QuerySpec.<T>all().and(restriction);
    }

    /**
     * Adds a JPQL condition on the alias {@code e} (ANDed with the others).
     *
     * @throws InvalidQueryException when the condition contains a string literal or quoted identifier
     *     ({@code '}, {@code "} or a backtick), unbalanced parentheses, a statement separator ({@code ;}), a
     *     backslash, a comment ({@code --}, a slash-star), an invisible or control character, or more than
     *     4,000 characters — anything that could reach past the condition. Line breaks and tabs are kept as
     *     spaces.
     */
    public QuerySpec<T> and(String condition) {
        Objects.requireNonNull(condition, "condition must not be null");
        List<String> all = new ArrayList<>(jpql);
        all.add(ConditionCheck.checked(condition));
        return new QuerySpec<>(all, criteria, restrictions, parameters, order, fetchPlan, timeout, limit);
    }

    /** Adds a Criteria predicate (ANDed with the others). */
    public QuerySpec<T> and(CriteriaCondition<T> condition) {
        List<CriteriaCondition<T>> all = new ArrayList<>(criteria);
        all.add(Objects.requireNonNull(condition, "condition must not be null"));
        return new QuerySpec<>(jpql, all, restrictions, parameters, order, fetchPlan, timeout, limit);
    }

    /** Adds a Hibernate restriction (ANDed with the others). */
    @Incubating
    public QuerySpec<T> and(Restriction<? super T> restriction) {
        List<Restriction<? super T>> all = new ArrayList<>(restrictions);
        all.add(Objects.requireNonNull(restriction, "restriction must not be null"));
        return new QuerySpec<>(jpql, criteria, all, parameters, order, fetchPlan, timeout, limit);
    }

    /**
     * Binds the value of a named parameter of a JPQL condition.
     *
     * @throws InvalidQueryException when the name is not a plain identifier or starts with {@code ormkit_}
     *     (reserved for the parameters ormkit adds)
     */
    public QuerySpec<T> bind(String name, Object value) {
        Objects.requireNonNull(name, "parameter name must not be null");
        ConditionCheck.parameterName(name);
        ConditionCheck.value(name, value);
        Map<String, Object> all = new LinkedHashMap<>(parameters);
        all.put(name, value);
        return new QuerySpec<>(jpql, criteria, restrictions, all, order, fetchPlan, timeout, limit);
    }

    /** The sort keys; the id is appended as a tiebreaker. Replaces any earlier order. */
    public QuerySpec<T> orderBy(Sort... sorts) {
        return orderBy(Order.by(sorts));
    }

    /** The sort keys; the id is appended as a tiebreaker. Replaces any earlier order. */
    public QuerySpec<T> orderBy(Order order) {
        return new QuerySpec<>(jpql, criteria, restrictions, parameters, Objects.requireNonNull(order, "order"),
                fetchPlan, timeout, limit);
    }

    /** The associations loaded with the rows; see {@link FetchPlan}. */
    public QuerySpec<T> fetch(FetchPlan plan) {
        return new QuerySpec<>(jpql, criteria, restrictions, parameters, order,
                Objects.requireNonNull(plan, "plan must not be null"), timeout, limit);
    }

    /** The associations loaded with the rows, as paths such as {@code "pets.visits"}. */
    public QuerySpec<T> fetch(String... paths) {
        return fetch(FetchPlan.of(paths));
    }

    /**
     * This query's timeout instead of the default ({@code jakarta.persistence.query.timeout}); whole seconds,
     * because JDBC timeouts are seconds. {@link Duration#ZERO} means no query timeout for this query: only the
     * server's {@code statement_timeout} backstop (when one is set) still applies.
     *
     * @throws InvalidQueryException when negative or not whole seconds
     */
    public QuerySpec<T> timeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout must not be null");
        if (timeout.isNegative()) {
            throw new InvalidQueryException("Query timeout is " + timeout + " but must not be negative. Use a "
                    + "positive duration such as Duration.ofSeconds(5), or Duration.ZERO for none.");
        }
        if (timeout.toNanos() % 1_000_000_000L != 0) {
            throw new InvalidQueryException("Query timeout is " + timeout + " but must be whole seconds: JDBC "
                    + "query timeouts are seconds and Hibernate rounds fractions up. Use Duration.ofSeconds("
                    + Math.max(1, (timeout.toMillis() + 999) / 1000) + ").");
        }
        return new QuerySpec<>(jpql, criteria, restrictions, parameters, order, fetchPlan, timeout, limit);
    }

    /**
     * An explicit maximum number of rows for {@code list}: the result is cut at it, without the error a list
     * past the repository's cap raises.
     *
     * @throws InvalidQueryException when below 1
     */
    public QuerySpec<T> limit(int maxRows) {
        if (maxRows < 1) {
            throw new InvalidQueryException("limit is " + maxRows + " but must be at least 1.");
        }
        return new QuerySpec<>(jpql, criteria, restrictions, parameters, order, fetchPlan, timeout, maxRows);
    }

    /** The JPQL conditions, in the order added. */
    public List<String> jpqlConditions() {
        return jpql;
    }

    /** The Criteria conditions. */
    public List<CriteriaCondition<T>> criteriaConditions() {
        return criteria;
    }

    /** The Hibernate restrictions. */
    @Incubating
    public List<Restriction<? super T>> restrictions() {
        return restrictions;
    }

    /** The bound parameters by name. */
    public Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }

    /** The sort keys given (without the id tiebreaker ormkit appends). */
    public Order order() {
        return order;
    }

    /** The fetch plan; {@link FetchPlan#none()} by default. */
    public FetchPlan fetchPlan() {
        return fetchPlan;
    }

    /** This query's own timeout, if set. */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** The explicit row limit for lists, or 0 when none. */
    public int limit() {
        return limit;
    }
}
