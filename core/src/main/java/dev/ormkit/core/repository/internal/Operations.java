package dev.ormkit.core.repository.internal;

import dev.ormkit.core.internal.EntityNames;
import dev.ormkit.core.observe.internal.LazyLoads;
import dev.ormkit.core.observe.internal.Observers;
import dev.ormkit.core.observe.internal.ShapeInspector;
import dev.ormkit.core.observe.OrmKitListener.OperationScope;
import dev.ormkit.core.observe.RepositoryOperation;
import dev.ormkit.core.observe.RepositoryOperation.Outcome;
import dev.ormkit.core.paging.InvalidCursorException;
import dev.ormkit.core.paging.InvalidPageRequestException;
import dev.ormkit.core.QueryTimedOutException;
import dev.ormkit.core.query.QuerySpec;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;
import org.jspecify.annotations.Nullable;

/**
 * Runs one repository operation under the factory's listeners: their scopes open before the first statement, and a
 * {@link RepositoryOperation} with outcome, statement count and duration follows. With no listener and the fetch
 * discipline off, it only runs the work.
 */
public final class Operations {

    private Operations() {}

    public static <R> R observe(Session session, Class<?> entity, String operation, @Nullable QuerySpec<?> spec,
            Supplier<R> work) {
        Observers observers = Observers.of(session.getSessionFactory());
        if (observers.rememberReads() && (spec != null || operation.equals("find"))) {
            LazyLoads.read(session.unwrap(SessionImplementor.class), entity, operation, spec == null ? Set.of() : Set.copyOf(spec.fetchPlan().paths()));
        }
        if (!observers.active()) {
            return work.get();
        }
        String name = EntityNames.of(entity);
        OperationScope scope = observers.started(name, operation);
        long statements = ShapeInspector.count();
        long start = System.nanoTime();
        Outcome outcome = Outcome.ERROR;
        try {
            R result = work.get();
            outcome = Outcome.SUCCESS;
            return result;
        } catch (QueryTimedOutException timeout) {
            outcome = Outcome.TIMEOUT;
            throw timeout;
        } catch (InvalidCursorException cursor) {
            outcome = Outcome.REJECTED_CURSOR;
            throw cursor;
        } catch (InvalidPageRequestException request) {
            outcome = Outcome.REJECTED_PAGE_REQUEST;
            throw request;
        } finally {
            RepositoryOperation result = new RepositoryOperation(name, operation, outcome,
                    (int) (ShapeInspector.count() - statements), Duration.ofNanos(System.nanoTime() - start));
            scope.end(result);
            observers.publish(result);
        }
    }
}
