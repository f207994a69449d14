package dev.ormkit.spring.boot;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * ormkit's settings in a Spring Boot application, under the prefix {@code ormkit}. Every one has a default, so an
 * application needs none of them to start; production needs {@code ormkit.cursor-secret}.
 *
 * <pre>{@code
 * ormkit.query-timeout=10s
 * ormkit.strict-fetch=true
 * ormkit.cursor-secret=${CURSOR_SECRET}
 * }</pre>
 *
 * <p>The timeouts reach Boot's own HikariCP pool (the PostgreSQL session settings) and its
 * {@code EntityManagerFactory} (the JDBC query timeout); the rest are Hibernate properties ormkit reads. A
 * {@code spring.jpa.properties.*} entry for the same Hibernate property wins over these.
 */
@ConfigurationProperties("ormkit")
public class OrmKitSpringProperties {

    /**
     * Default JDBC query timeout of every query Hibernate runs, in whole seconds (0s for none). A query that
     * runs longer fails with a QueryTimedOutException.
     */
    private Duration queryTimeout = Duration.ofSeconds(30);

    /**
     * PostgreSQL statement_timeout of every pooled connection: the server-side backstop for flushes and plain JDBC,
     * in whole milliseconds, longer than the query timeout (0s for none). Default: twice the query timeout.
     */
    private @Nullable Duration statementTimeout;

    /**
     * PostgreSQL lock_timeout of every pooled connection: how long any statement waits for a row or table lock,
     * in whole milliseconds (0s for no limit). Default: the query timeout.
     */
    private @Nullable Duration lockTimeout;

    /**
     * PostgreSQL idle_in_transaction_session_timeout of every pooled connection: a transaction left open and idle
     * this long is ended by the server, releasing its locks. Whole milliseconds, 0s for none.
     */
    private Duration idleInTransactionTimeout = Duration.ofSeconds(60);

    /**
     * Whether every connection going back to Boot's pool is reset (RESET ALL, advisory locks, temporary tables,
     * LISTEN, held cursors, time zone), so a SET in one unit of work cannot leak into the next.
     */
    private boolean resetSessionOnReturn = true;

    /**
     * Strict fetch mode: a lazy load that no fetch plan named throws LazyLoadOutsidePlanException instead of
     * running a query.
     */
    private boolean strictFetch;

    /** The largest page size an ormkit repository accepts, in rows. */
    private int maxPageSize = 1000;

    /** The most rows an ormkit repository list without a page or limit may return, in rows. */
    private int maxListSize = 10_000;

    /**
     * The secret keyset cursors are signed with: at least 32 characters, the same on every instance of the
     * application. Without it each start makes a random one (with a warning): cursors then fail after a restart
     * and across instances.
     */
    private @Nullable String cursorSecret;

    /** The actor written into audit columns when no AuditorProvider bean or signed-in user names one. */
    private String systemActor = "system";

    public Duration getQueryTimeout() {
        return queryTimeout;
    }

    public void setQueryTimeout(Duration queryTimeout) {
        this.queryTimeout = queryTimeout;
    }

    public @Nullable Duration getStatementTimeout() {
        return statementTimeout;
    }

    public void setStatementTimeout(@Nullable Duration statementTimeout) {
        this.statementTimeout = statementTimeout;
    }

    public @Nullable Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(@Nullable Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public Duration getIdleInTransactionTimeout() {
        return idleInTransactionTimeout;
    }

    public void setIdleInTransactionTimeout(Duration idleInTransactionTimeout) {
        this.idleInTransactionTimeout = idleInTransactionTimeout;
    }

    public boolean isResetSessionOnReturn() {
        return resetSessionOnReturn;
    }

    public void setResetSessionOnReturn(boolean resetSessionOnReturn) {
        this.resetSessionOnReturn = resetSessionOnReturn;
    }

    public boolean isStrictFetch() {
        return strictFetch;
    }

    public void setStrictFetch(boolean strictFetch) {
        this.strictFetch = strictFetch;
    }

    public int getMaxPageSize() {
        return maxPageSize;
    }

    public void setMaxPageSize(int maxPageSize) {
        this.maxPageSize = maxPageSize;
    }

    public int getMaxListSize() {
        return maxListSize;
    }

    public void setMaxListSize(int maxListSize) {
        this.maxListSize = maxListSize;
    }

    public @Nullable String getCursorSecret() {
        return cursorSecret;
    }

    public void setCursorSecret(@Nullable String cursorSecret) {
        this.cursorSecret = cursorSecret;
    }

    public String getSystemActor() {
        return systemActor;
    }

    public void setSystemActor(String systemActor) {
        this.systemActor = systemActor;
    }
}
