package dev.ormkit.core.observe.internal;

import dev.ormkit.core.observe.NPlusOneReport;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hibernate.SessionEventListener;

/**
 * One per session (Hibernate creates it from {@code hibernate.session.events.auto}): counts the SELECT shapes the
 * session runs and reports a shape once when it reaches the threshold; the counts start again after each
 * transaction, the reports are once per shape and origin per session.
 */
public final class SessionStatements implements SessionEventListener {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, int[]> counts = new HashMap<>();
    private final transient Set<String> reported = new HashSet<>();

    /** Created by Hibernate, by reflection. */
    public SessionStatements() {}

    @Override
    public void jdbcPrepareStatementStart() {
        ShapeInspector.Pending pending = ShapeInspector.take();
        if (pending == null) {
            return;
        }
        int[] count = counts.computeIfAbsent(pending.shape(), shape -> new int[1]);
        if (++count[0] == pending.observers().nPlusOneThreshold()) {
            report(pending.shape(), count[0], pending.observers());
        }
    }

    private void report(String shape, int executions, Observers observers) {
        String origin = Origins.current();
        if (!reported.add(shape + '\n' + origin)) {
            return;
        }
        Mappings.Named named = observers.mappings().name(shape);
        NPlusOneReport report = new NPlusOneReport(named.entity(), named.association(), shape, origin, executions);
        ReportLog.nPlusOne(report);
        observers.publish(report);
    }

    @Override
    public void transactionCompletion(boolean successful) {
        counts.clear();
    }
}
