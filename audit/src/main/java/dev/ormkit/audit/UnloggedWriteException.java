package dev.ormkit.audit;

import dev.ormkit.core.OrmKitException;

/**
 * A write that would change rows of a {@link ChangeLogged} entity without writing their change-log rows was refused
 * before any row changed: {@link BulkUpdate}, or a JPQL/HQL/Criteria bulk {@code update} under any bootstrap. One
 * statement does not know which rows it changes nor their old values. The message names the entity and the
 * alternative: load the entities and change them (in chunks for many rows), so that each change is logged.
 *
 * <pre>{@code
 * try {
 *     BulkUpdate.of(em, Invoice.class).set("status", Status.SENT).execute();
 * } catch (UnloggedWriteException e) {
 *     invoices.stream(QuerySpec.all()).forEach(invoice -> invoice.setStatus(Status.SENT));
 * }
 * }</pre>
 */
public class UnloggedWriteException extends OrmKitException {

    private static final long serialVersionUID = 1L;

    /** A refused write; the message names the entity and what to do instead. */
    public UnloggedWriteException(String message) {
        super(message);
    }
}
