package dev.ormkit.core.observe;

import java.time.Duration;

/**
 * One call of an {@code EntityRepository} method finished: which, how, with how many statements.
 *
 * @param entity the repository's entity (bounded)
 * @param operation the method: {@code find}, {@code save}, {@code delete}, {@code count}, {@code exists},
 *     {@code list}, {@code page}, {@code slice}, {@code scroll}, {@code stream} (bounded)
 * @param outcome how it ended (bounded)
 * @param statements the JDBC statements prepared on this thread while it ran (a batch counts once); 0 when no
 *     N+1 detection and no listener installed the statement inspector
 * @param duration how long it took; for {@code stream} until the stream was returned, not consumed
 */
public record RepositoryOperation(String entity, String operation, Outcome outcome, int statements,
        Duration duration) implements OrmKitEvent {

    /** How a repository operation ended. */
    public enum Outcome {
        /** Returned normally. */
        SUCCESS,
        /** The query ran past its timeout ({@code QueryTimedOutException}). */
        TIMEOUT,
        /** A keyset cursor was rejected as altered, forged or foreign ({@code InvalidCursorException}). */
        REJECTED_CURSOR,
        /** A page request was refused: too large, unknown sort key ({@code InvalidPageRequestException}). */
        REJECTED_PAGE_REQUEST,
        /** Any other exception. */
        ERROR
    }
}
