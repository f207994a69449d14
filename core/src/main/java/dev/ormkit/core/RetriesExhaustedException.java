package dev.ormkit.core;

/**
 * Never thrown on its own: when {@link OrmKit#inTransaction(RetryPolicy, java.util.function.Consumer)} (or
 * {@code fromTransaction}) gives up after more than one attempt, the {@link DatabaseFailureException} it throws
 * carries this as a suppressed exception, saying how many attempts ran. Catch the failure by its own type and read
 * this for logs:
 *
 * <pre>{@code
 * } catch (TransactionConflictException e) {
 *     int attempts = Arrays.stream(e.getSuppressed()).filter(RetriesExhaustedException.class::isInstance)
 *             .map(RetriesExhaustedException.class::cast).mapToInt(RetriesExhaustedException::attempts)
 *             .findFirst().orElse(1);
 * }
 * }</pre>
 */
public class RetriesExhaustedException extends OrmKitException {

    private static final long serialVersionUID = 1L;

    private final int attempts;

    /** A note that {@code attempts} attempts of at most {@code maxAttempts} ran. */
    public RetriesExhaustedException(int attempts, int maxAttempts) {
        super("Gave up after " + attempts + " attempt(s) of " + maxAttempts + ".");
        this.attempts = attempts;
    }

    /** How many times the unit of work ran, the first run included. */
    public int attempts() {
        return attempts;
    }
}
