package dev.ormkit.core.tenant;

import dev.ormkit.core.OrmKitException;

/**
 * A session or entity manager was opened with no tenant on a session factory that maps tenant-scoped
 * ({@code @TenantId}) entities. Hibernate cannot restrict its queries or fill the tenant column without one, so the
 * session is refused before it reads or writes anything. The message names the tenant-scoped entities and the
 * ways to supply a tenant.
 */
public class MissingTenantException extends OrmKitException {

    private static final long serialVersionUID = 1L;

    /** A refused session; the message names the entities and the fix. */
    public MissingTenantException(String message) {
        super(message);
    }
}
