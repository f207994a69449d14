/**
 * Auditing for ormkit entities: who created, updated and deleted a row ({@link dev.ormkit.audit.AuditedEntity},
 * {@link dev.ormkit.audit.AuditedSoftDeletableEntity}), the actor from an {@link dev.ormkit.audit.AuditorProvider},
 * and an opt-in change log ({@link dev.ormkit.audit.ChangeLogged}, {@link dev.ormkit.audit.ChangeLog}).
 */
@NullMarked
package dev.ormkit.audit;

import org.jspecify.annotations.NullMarked;
