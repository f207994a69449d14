package dev.ormkit.core.repository.internal;

import dev.ormkit.core.DatabaseFailureException;
import dev.ormkit.core.QueryTimedOutException;
import dev.ormkit.core.fetch.internal.PlanTree;
import dev.ormkit.core.internal.CallerText;
import dev.ormkit.core.internal.FailureClassifier;
import dev.ormkit.core.paging.Sort;
import dev.ormkit.core.query.InvalidQueryException;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.query.internal.Specifications;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;
import org.hibernate.query.specification.SelectionSpecification;
import org.jspecify.annotations.Nullable;

/**
 * Builds a repository query: {@code select e from Entity e [to-one fetch joins] where (conditions) and
 * (keyset) order by ...} as HQL, then adds Criteria predicates and restrictions through Hibernate's
 * {@link SelectionSpecification}. Only the entity name, validated property names and generated parameter
 * names are written into the HQL; the caller's JPQL conditions are theirs, with values bound.
 */
public final class Queries<T> {

    private static final String TIMEOUT_HINT = "jakarta.persistence.query.timeout";

    private final Session session;
    private final Class<T> type;
    private final EntityModel model;
    private final RepositorySettings settings;

    public Queries(Session session, Class<T> type, EntityModel model, RepositorySettings settings) {
        this.session = session;
        this.type = type;
        this.model = model;
        this.settings = settings;
    }

    public Session session() {
        return session;
    }

    public EntityModel model() {
        return model;
    }

    public RepositorySettings settings() {
        return settings;
    }

    public PlanTree plan(QuerySpec<? super T> spec) {
        return PlanTree.resolve(session.getMetamodel(), type, spec.fetchPlan());
    }

    /** The selection; {@code plan} null means no fetch joins, {@code order} null means no ORDER BY. */
    public SelectionQuery<T> select(QuerySpec<? super T> spec, @Nullable PlanTree plan, @Nullable String keyset,
            List<@Nullable Object> keyValues, @Nullable List<Sort> order) {
        StringBuilder hql = new StringBuilder("select e from ").append(model.name()).append(" e");
        if (plan != null) {
            hql.append(plan.rootJoins("e"));
        }
        String conditions = "";
        for (String condition : spec.jpqlConditions()) {
            conditions += (conditions.isEmpty() ? "" : " and ") + "(" + condition + ")";
        }
        if (keyset != null) {
            conditions += (conditions.isEmpty() ? "" : " and ") + "(" + keyset + ")";
        }
        if (!conditions.isEmpty()) {
            hql.append(" where ").append(conditions);
        }
        if (order != null) {
            hql.append(Keyset.orderBy("e", order));
        }
        SelectionQuery<T> query;
        try {
            // With a specification Hibernate treats the query as Criteria and does not cache its plan; plain HQL is
            // cached by its text, so the specification is used only when the spec needs one.
            query = Specifications.needsSpecification(spec)
                    ? Specifications.selection(type, hql.toString(), spec).createQuery(session)
                    : session.createSelectionQuery(hql.toString(), type);
            spec.parameters().forEach(query::setParameter);
        } catch (StackOverflowError tooDeep) {
            // Hibernate's ANTLR parser recurses per nesting level; the length cap keeps this rare, not impossible.
            throw new InvalidQueryException("The JPQL conditions of a query on " + model.simpleName() + " are nested "
                    + "too deeply for Hibernate's parser. Simplify them: bind a collection (e.id in :ids) instead of "
                    + "chaining conditions.");
        } catch (IllegalArgumentException | org.hibernate.QueryException invalid) {
            // Hibernate's SyntaxException, SemanticException, unknown parameter: the caller's JPQL is at fault.
            throw new InvalidQueryException("The JPQL conditions of a query on " + model.simpleName() + " are not "
                    + "valid: Hibernate reports " + CallerText.show(String.valueOf(invalid.getMessage())) + ". Fix the "
                    + "condition or the names given to bind(...); the cause has Hibernate's full message.", invalid);
        }
        for (int i = 0; i < keyValues.size(); i++) {
            query.setParameter(Keyset.PARAMETER + i, keyValues.get(i));
        }
        timeout(query, spec);
        return query;
    }

    /**
     * Applies the query's own timeout, or the default, as the JPA hint (milliseconds). A query's own
     * {@code Duration.ZERO} is applied too: Hibernate turns it into {@code setQueryTimeout(0)}, no timeout;
     * leaving the hint out would let the session's default apply.
     */
    public void timeout(SelectionQuery<?> query, QuerySpec<?> spec) {
        long millis = timeoutMillis(spec);
        if (millis > 0 || spec.timeout().isPresent()) {
            query.setHint(TIMEOUT_HINT, (int) Math.min(Integer.MAX_VALUE, millis));
        }
    }

    private long timeoutMillis(QuerySpec<?> spec) {
        return spec.timeout().map(Duration::toMillis).orElse(settings.defaultTimeoutMillis());
    }

    /**
     * Runs {@code work}, turning a statement timeout into {@link QueryTimedOutException} and other database
     * failures of a known kind into ormkit's (see {@code DatabaseFailures}): a data error's exception then
     * carries no bound value.
     */
    public <R> R run(QuerySpec<?> spec, Supplier<R> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException | org.hibernate.QueryException invalid) {
            // at execution: a parameter bind(...) did not supply, or a condition that is not a predicate
            throw new InvalidQueryException("A query on " + model.simpleName() + " cannot run: Hibernate reports "
                    + CallerText.show(String.valueOf(invalid.getMessage())) + ". Each condition must be a JPQL predicate on "
                    + "e, and each named parameter bound with bind(name, value).", invalid);
        } catch (PersistenceException failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof org.hibernate.QueryTimeoutException
                        || cause instanceof jakarta.persistence.QueryTimeoutException) {
                    throw new QueryTimedOutException("A query on " + model.simpleName() + " ran past its timeout of "
                            + describe(timeoutMillis(spec)) + " and PostgreSQL cancelled it. Narrow the query (an "
                            + "index on its conditions and sort keys), page it, or give it a longer timeout with "
                            + "QuerySpec.timeout(...). Roll back the transaction: PostgreSQL aborted it.", failure);
                }
                if (cause.getCause() == cause) {
                    break;
                }
            }
            DatabaseFailureException kind = FailureClassifier.classify(failure);
            if (kind != null) {
                throw kind;
            }
            if (failure instanceof org.hibernate.JDBCException jdbc && jdbc.getSQLState() != null
                    && jdbc.getSQLState().startsWith("42")) {
                // syntax error or access rule violation: types that do not fit, an unknown function, a permission
                throw new InvalidQueryException("PostgreSQL refused a query on " + model.simpleName() + " (SQLState "
                        + jdbc.getSQLState() + "): the JPQL conditions use a function, operator or type it does not "
                        + "accept for these operands, or the user lacks a permission. The cause has PostgreSQL's "
                        + "message.", failure);
            }
            throw failure;
        }
    }

    private static String describe(long millis) {
        return millis <= 0 ? "none (the server's statement_timeout)" : ((millis + 999) / 1000) + " s";
    }

    /** Loads the plan's collections for rows already read. */
    public void loadCollections(QuerySpec<? super T> spec, PlanTree plan, List<T> rows) {
        if (plan.hasCollections()) {
            run(spec, () -> {
                plan.loadCollections(session, rows, timeoutMillis(spec), query -> timeout(query, spec));
                return null;
            });
        }
    }
}
