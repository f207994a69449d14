package dev.ormkit.core.support;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Records what reaches the JDBC driver through a wrapped DataSource: each execution (a single statement or
 * one executeBatch) with its SQL and batch size, and each prepareStatement call.
 */
public final class DriverLog implements QueryExecutionListener, MethodExecutionListener {

    /** One execution: an executeBatch carries batchSize > 0. */
    public record Execution(String sql, boolean batch, int batchSize) {
        public String kind() {
            String head = sql.stripLeading().toLowerCase(Locale.ROOT);
            int space = head.indexOf(' ');
            return space < 0 ? head : head.substring(0, space);
        }
    }

    private final List<Execution> executions = new ArrayList<>();
    private int prepares;

    public DataSource wrap(DataSource dataSource) {
        return ProxyDataSourceBuilder.create(dataSource).listener(this).methodListener(this).build();
    }

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}

    @Override
    public synchronized void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        for (QueryInfo query : queryInfoList) {
            executions.add(new Execution(query.getQuery(), execInfo.isBatch(),
                    execInfo.isBatch() ? execInfo.getBatchSize() : 0));
        }
    }

    @Override
    public void beforeMethod(MethodExecutionContext executionContext) {}

    @Override
    public synchronized void afterMethod(MethodExecutionContext executionContext) {
        Method method = executionContext.getMethod();
        if (method.getName().equals("prepareStatement")) {
            prepares++;
        }
    }

    public synchronized void clear() {
        executions.clear();
        prepares = 0;
    }

    public synchronized List<Execution> executions() {
        return List.copyOf(executions);
    }

    public synchronized long count(String kind) {
        return executions.stream().filter(e -> e.kind().equals(kind)).count();
    }

    public synchronized long batchExecutions() {
        return executions.stream().filter(Execution::batch).count();
    }

    public synchronized int prepares() {
        return prepares;
    }

    @Override
    public synchronized String toString() {
        StringBuilder text = new StringBuilder(executions.size() + " executions:");
        executions.forEach(e -> text.append("\n  ").append(e.batch() ? "[batch " + e.batchSize() + "] " : "")
                .append(e.sql()));
        return text.toString();
    }
}
