package dev.ormkit.audit;

import java.util.Optional;

/**
 * Tells ormkit who is acting: typically the user of the current request, from the application's security
 * context. Empty when nobody is known (a scheduled job): ormkit then uses the system actor.
 *
 * <pre>{@code
 * OrmKit.builder()...
 *     .property(Auditing.AUDITOR_PROVIDER, (AuditorProvider) () ->
 *             Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication()).map(Authentication::getName))
 * }</pre>
 *
 * <p>Actors are strings: a user name, or a user id's text form (a UUID's {@code toString()}). Called on the
 * thread that writes, when an audited row is written (at flush, or at once by {@code BatchInsert}) and again for
 * its change-log entry, unless the change was made inside an {@link Auditing#as} block; it must be fast and must
 * not use the session.
 */
@FunctionalInterface
public interface AuditorProvider {

    /** The current actor, or empty when none is known. */
    Optional<String> currentAuditor();
}
