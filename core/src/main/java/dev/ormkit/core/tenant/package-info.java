/**
 * Tenant-scoped data on Hibernate's {@code @TenantId} discriminator: {@link dev.ormkit.core.tenant.Tenants} runs
 * work as one tenant, and a session opened with no tenant fails with
 * {@link dev.ormkit.core.tenant.MissingTenantException}.
 */
@NullMarked
package dev.ormkit.core.tenant;

import org.jspecify.annotations.NullMarked;
