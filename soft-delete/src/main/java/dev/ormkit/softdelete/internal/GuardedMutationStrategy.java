package dev.ormkit.softdelete.internal;

import org.hibernate.engine.jdbc.connections.spi.JdbcConnectionAccess;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.internal.MappingModelCreationProcess;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.query.spi.DomainQueryExecutionContext;
import org.hibernate.query.sqm.internal.DomainParameterXref;
import org.hibernate.query.sqm.mutation.spi.MultiTableHandlerBuildResult;
import org.hibernate.query.sqm.mutation.spi.SqmMultiTableMutationStrategy;
import org.hibernate.query.sqm.tree.SqmDeleteOrUpdateStatement;
import org.hibernate.query.sqm.tree.delete.SqmDeleteStatement;
import org.hibernate.query.sqm.tree.update.SqmUpdateStatement;

/**
 * Hibernate's strategy for bulk statements over several tables (JOINED and TABLE_PER_CLASS hierarchies,
 * secondary tables), as ormkit's persisters hand it out for soft-deletable entities: a bulk delete is refused
 * before anything runs (Hibernate runs these without the SQM translator that soft-deletes single-table entities),
 * and an update that sets {@code deletedAt} is made versioned, as {@link SoftDeleteTranslators} does.
 */
final class GuardedMutationStrategy implements SqmMultiTableMutationStrategy {

    private final SqmMultiTableMutationStrategy hibernate;
    private final EntityPersister entity;

    GuardedMutationStrategy(SqmMultiTableMutationStrategy hibernate, EntityPersister entity) {
        this.hibernate = hibernate;
        this.entity = entity;
    }

    @Override
    public void prepare(MappingModelCreationProcess process, JdbcConnectionAccess connectionAccess) {
        hibernate.prepare(process, connectionAccess);
    }

    @Override
    public void prepare(MappingModelCreationProcess process) {
        hibernate.prepare(process);
    }

    @Override
    public void release(SessionFactoryImplementor factory, JdbcConnectionAccess connectionAccess) {
        hibernate.release(factory, connectionAccess);
    }

    @Override
    public MultiTableHandlerBuildResult buildHandler(SqmDeleteOrUpdateStatement<?> statement,
            DomainParameterXref xref, DomainQueryExecutionContext context) {
        if (!SoftDeleteState.purging()) {
            if (statement instanceof SqmDeleteStatement<?>) {
                BulkDeletes.checkAllowed(entity, "A bulk delete");
            } else if (statement instanceof SqmUpdateStatement<?> update) {
                BulkDeletes.versionIfDeleting(update, entity);
            }
        }
        return hibernate.buildHandler(statement, xref, context);
    }
}
