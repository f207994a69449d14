package dev.ormkit.softdelete;

import dev.ormkit.softdelete.internal.SoftDeleteState;
import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.query.spi.QueryOptions;
import org.hibernate.query.spi.QueryParameterBindings;
import org.hibernate.query.sqm.internal.DomainParameterXref;
import org.hibernate.query.sqm.sql.SqmTranslator;
import org.hibernate.query.sqm.sql.StandardSqmTranslatorFactory;
import org.hibernate.query.sqm.tree.SqmDmlStatement;
import org.hibernate.query.sqm.tree.delete.SqmDeleteStatement;
import org.hibernate.sql.ast.spi.SqlAstCreationContext;
import org.hibernate.sql.ast.tree.MutationStatement;

/**
 * Refuses JPQL and Criteria bulk deletes ({@code delete from Customer c where ...}) of soft-deletable entities,
 * which Hibernate would otherwise run as a real DELETE. Use a bulk update of {@code deletedAt} to soft-delete
 * in bulk, and {@link SoftDeletes#purgeDeletedBefore} or {@link SoftDeletes#purge} to delete for real.
 *
 * <p>{@code OrmKit.builder()} installs it. When the application bootstraps JPA itself, set the Hibernate
 * property {@code hibernate.query.sqm.translator} to this class's name
 * ({@code spring.jpa.properties.hibernate.query.sqm.translator=dev.ormkit.softdelete.BulkDeleteGuard}).
 * Native SQL is not covered: a native {@code DELETE} is the application's responsibility.
 */
public class BulkDeleteGuard extends StandardSqmTranslatorFactory {

    /** Created by Hibernate from the {@code hibernate.query.sqm.translator} property. */
    public BulkDeleteGuard() {}

    @Override
    public SqmTranslator<? extends MutationStatement> createMutationTranslator(SqmDmlStatement<?> statement,
            QueryOptions queryOptions, DomainParameterXref domainParameterXref,
            QueryParameterBindings domainParameterBindings, LoadQueryInfluencers loadQueryInfluencers,
            SqlAstCreationContext creationContext) {
        if (statement instanceof SqmDeleteStatement<?> delete && !SoftDeleteState.purging()) {
            Class<?> type = delete.getTarget().getModel().getJavaType();
            if (type != null && SoftDeletable.class.isAssignableFrom(type)) {
                String name = delete.getTarget().getEntityName();
                throw new SoftDeleteException("A bulk delete of soft-deletable entity " + name
                        + " would hard-delete its rows. Soft-delete them with an update "
                        + "(\"update " + name + " e set e.deletedAt = :now where ...\"), or delete for real with "
                        + "SoftDeletes.purgeDeletedBefore(...) or SoftDeletes.purge(...).");
            }
        }
        return super.createMutationTranslator(statement, queryOptions, domainParameterXref, domainParameterBindings,
                loadQueryInfluencers, creationContext);
    }
}
