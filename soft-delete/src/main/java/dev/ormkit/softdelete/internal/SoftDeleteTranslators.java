package dev.ormkit.softdelete.internal;

import dev.ormkit.softdelete.SoftDeleteException;
import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.query.spi.QueryOptions;
import org.hibernate.query.spi.QueryParameterBindings;
import org.hibernate.query.sqm.internal.DomainParameterXref;
import org.hibernate.query.sqm.sql.SqmTranslation;
import org.hibernate.query.sqm.sql.SqmTranslator;
import org.hibernate.query.sqm.sql.StandardSqmTranslatorFactory;
import org.hibernate.query.sqm.sql.StandardSqmTranslation;
import org.hibernate.query.sqm.sql.internal.StandardSqmTranslator;
import org.hibernate.query.sqm.tree.SqmDmlStatement;
import org.hibernate.query.sqm.tree.delete.SqmDeleteStatement;
import org.hibernate.query.sqm.tree.update.SqmUpdateStatement;
import org.hibernate.sql.ast.spi.SqlAstCreationContext;
import org.hibernate.sql.ast.tree.MutationStatement;
import org.hibernate.sql.ast.tree.delete.DeleteStatement;

/**
 * Hibernate's SQM translator factory, with every JPQL, HQL and Criteria bulk statement on a soft-deletable
 * entity made safe: a {@code delete} becomes the soft-delete UPDATE ({@link BulkDeletes}), an {@code update}
 * that sets {@code deletedAt} is made {@code versioned}, so a writer holding the row at its old version fails
 * with an optimistic-lock error instead of writing {@code deleted_at = null} back. Only a purge
 * ({@link SoftDeleteState#purging()}) deletes for real.
 *
 * <p>Installed as {@code hibernate.query.sqm.translator} by {@link SoftDeleteSettings} under every bootstrap, so
 * it covers sessions and stateless sessions alike. Hibernate runs multi-table bulk deletes without this factory;
 * ormkit's persisters refuse those ({@link SoftDeletePersisters}).
 */
public final class SoftDeleteTranslators extends StandardSqmTranslatorFactory {

    /** Created by Hibernate from the {@code hibernate.query.sqm.translator} setting. */
    public SoftDeleteTranslators() {}

    @Override
    public SqmTranslator<? extends MutationStatement> createMutationTranslator(SqmDmlStatement<?> statement,
            QueryOptions queryOptions, DomainParameterXref domainParameterXref,
            QueryParameterBindings domainParameterBindings, LoadQueryInfluencers loadQueryInfluencers,
            SqlAstCreationContext creationContext) {
        EntityPersister entity = creationContext.getMappingMetamodel()
                .getEntityDescriptor(statement.getTarget().getEntityName());
        if (statement instanceof SqmUpdateStatement<?> && !SoftDeleteState.purging()) {
            BulkDeletes.checkBulkUpdate(entity);
        }
        if (!BulkDeletes.softDeletable(entity) || SoftDeleteState.purging()) {
            return super.createMutationTranslator(statement, queryOptions, domainParameterXref,
                    domainParameterBindings, loadQueryInfluencers, creationContext);
        }
        if (statement instanceof SqmDeleteStatement<?>) {
            BulkDeletes.checkAllowed(entity, "A bulk delete");
            return new Translator(statement, queryOptions, domainParameterXref, domainParameterBindings,
                    loadQueryInfluencers, creationContext, entity);
        }
        if (statement instanceof SqmUpdateStatement<?> update) {
            BulkDeletes.versionIfDeleting(update, entity);
        }
        return super.createMutationTranslator(statement, queryOptions, domainParameterXref, domainParameterBindings,
                loadQueryInfluencers, creationContext);
    }

    /** Hibernate's translator, with the DELETE it produces replaced by the soft-delete UPDATE. */
    private static final class Translator extends StandardSqmTranslator<MutationStatement> {

        private final EntityPersister entity;

        Translator(SqmDmlStatement<?> statement, QueryOptions queryOptions, DomainParameterXref xref,
                QueryParameterBindings bindings, LoadQueryInfluencers influencers, SqlAstCreationContext context,
                EntityPersister entity) {
            super(statement, queryOptions, xref, bindings, influencers, context, false);
            this.entity = entity;
        }

        @Override
        public SqmTranslation<MutationStatement> translate() {
            SqmTranslation<MutationStatement> translation = super.translate();
            if (!(translation.getSqlAst() instanceof DeleteStatement delete)) {
                throw new SoftDeleteException("Expected Hibernate to translate a bulk delete of "
                        + entity.getJpaEntityName() + " into a DELETE; refusing to run it.");
            }
            return new StandardSqmTranslation<>(BulkDeletes.toUpdate(delete, entity),
                    translation.getJdbcParamsBySqmParam(), translation.getSqmParameterMappingModelTypeResolutions(),
                    translation.getSqlExpressionResolver(), translation.getFromClauseAccess());
        }
    }
}
