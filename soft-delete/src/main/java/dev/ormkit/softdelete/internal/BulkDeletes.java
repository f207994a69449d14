package dev.ormkit.softdelete.internal;

import dev.ormkit.softdelete.SoftDeletable;
import dev.ormkit.softdelete.SoftDeleteException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import org.hibernate.engine.spi.CascadeStyle;
import org.hibernate.engine.spi.CascadingActions;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.EntityVersionMapping;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.query.sqm.BinaryArithmeticOperator;
import org.hibernate.query.sqm.tree.update.SqmUpdateStatement;
import org.hibernate.sql.ast.tree.delete.DeleteStatement;
import org.hibernate.sql.ast.tree.expression.BinaryArithmeticExpression;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.expression.Expression;
import org.hibernate.sql.ast.tree.expression.QueryLiteral;
import org.hibernate.sql.ast.tree.from.NamedTableReference;
import org.hibernate.sql.ast.tree.predicate.NullnessPredicate;
import org.hibernate.sql.ast.tree.predicate.Predicate;
import org.hibernate.sql.ast.tree.update.Assignment;
import org.hibernate.sql.ast.tree.update.UpdateStatement;
import org.hibernate.type.BasicType;
import org.jspecify.annotations.Nullable;

/**
 * Turns the SQL of a bulk delete of a soft-deletable entity into the soft delete {@code Session.remove} would
 * write: {@code update <table> set deleted_at = <clock>, version = version + 1, updated_at = <clock>[, what the
 * participants add] where <the delete's conditions> and deleted_at is null}. The clock is read when the statement
 * runs ({@link ExecutionValueParameter}). A bulk statement cannot cascade, so an entity that cascades remove (or
 * removes orphans), or whose participants refuse it, is refused before anything runs.
 */
final class BulkDeletes {

    private static final List<BulkMutationParticipant> PARTICIPANTS = ServiceLoader
            .load(BulkMutationParticipant.class, BulkDeletes.class.getClassLoader()).stream()
            .map(ServiceLoader.Provider::get).toList();

    private BulkDeletes() {}

    static boolean softDeletable(EntityPersister entity) {
        return SoftDeletable.class.isAssignableFrom(entity.getMappedClass());
    }

    /** Whether {@code entity} can be soft-deleted by one UPDATE. */
    static boolean bulkAllowed(EntityPersister entity) {
        return refusalOf(entity).isEmpty();
    }

    private static String refusalOf(EntityPersister entity) {
        String reason = refusal(entity);
        return reason == null ? "" : reason;
    }

    /** Throws when {@code entity} cannot be soft-deleted in bulk; {@code route} names what the caller used. */
    static void checkAllowed(EntityPersister entity, String route) {
        String refusal = refusalOf(entity);
        if (!refusal.isEmpty()) {
            throw new SoftDeleteException(route + " of soft-deletable entity " + entity.getJpaEntityName()
                    + " was refused before any row changed: " + refusal + " Delete those rows with "
                    + "SoftDeletes.deleteAll(em, " + entity.getMappedClass().getSimpleName() + ".class, spec) (or "
                    + "SoftDeletableRepository.deleteAll(spec)), which loads and removes them so cascades "
                    + "and listeners run, or with em.remove(...) one by one.");
        }
    }

    private static @Nullable String refusal(EntityPersister entity) {
        if (entity.getSqmMultiTableMutationStrategy() != null) {
            return "its rows span several tables (JOINED or TABLE_PER_CLASS inheritance, or secondary tables), "
                    + "which ormkit does not soft-delete in one UPDATE.";
        }
        CascadeStyle[] styles = entity.getPropertyCascadeStyles();
        String[] names = entity.getPropertyNames();
        for (int i = 0; i < styles.length; i++) {
            if (styles[i].doCascade(CascadingActions.REMOVE) || styles[i].hasOrphanDelete()) {
                return "it cascades remove (or orphan removal) through '" + names[i] + "', and a bulk UPDATE "
                        + "cannot soft-delete what it cascades to.";
            }
        }
        if (entity.getVersionMapping() != null && !(entity.getVersionMapping().getJdbcMapping().getJdbcType()
                .isInteger())) {
            return "its @Version is not a number, and ormkit increments numeric versions only.";
        }
        for (BulkMutationParticipant participant : PARTICIPANTS) {
            String reason = participant.refusal(entity);
            if (reason != null) {
                return reason;
            }
        }
        return null;
    }

    /** Lets the participants refuse a bulk update of {@code entity} (ormkit-audit: a change-logged entity). */
    static void checkBulkUpdate(EntityPersister entity) {
        for (BulkMutationParticipant participant : PARTICIPANTS) {
            participant.checkBulkUpdate(entity);
        }
    }

    /**
     * Makes a bulk update that sets {@code deletedAt} (a soft delete or restore written by hand) increment the
     * version, so it conflicts with a writer that loaded the row before it instead of being undone by that
     * writer's full-row UPDATE.
     */
    static void versionIfDeleting(SqmUpdateStatement<?> update, EntityPersister entity) {
        if (!update.isVersioned() && entity.isVersioned() && update.getSetClause().getAssignments().stream()
                .anyMatch(assignment -> DeletedAtPath.PROPERTY.equals(assignment.getTargetPath().getNavigablePath().getLocalName()))) {
            update.versioned(true);
        }
    }

    /** The soft-delete UPDATE for {@code delete}, a translated bulk delete of {@code entity}. */
    static UpdateStatement toUpdate(DeleteStatement delete, EntityPersister entity) {
        NamedTableReference table = delete.getTargetTable();
        SelectableMapping deletedAt = DeletedAtPath.column(entity);
        if (deletedAt == null || !deletedAt.getContainingTableExpression().equals(table.getTableExpression())) {
            throw new SoftDeleteException("A bulk delete of soft-deletable entity " + entity.getJpaEntityName()
                    + " was refused before any row changed: its deleted_at column is not in table "
                    + table.getTableExpression() + ". Delete its rows with SoftDeletes.deleteAll(...).");
        }
        List<Assignment> assignments = new ArrayList<>();
        ExecutionValueParameter time = new ExecutionValueParameter(deletedAt.getJdbcMapping(), DeletionTime::of);
        assignments.add(new Assignment(new ColumnReference(table, deletedAt), time));
        EntityVersionMapping version = entity.getVersionMapping();
        if (version != null) {
            assignments.add(new Assignment(new ColumnReference(table, version), increment(table, entity, version)));
        }
        SelectableMapping updatedAt = column(entity, "updatedAt");
        if (updatedAt != null) {
            assignments.add(new Assignment(new ColumnReference(table, updatedAt),
                    new ExecutionValueParameter(updatedAt.getJdbcMapping(), DeletionTime::of)));
        }
        for (BulkMutationParticipant participant : PARTICIPANTS) {
            for (Map.Entry<String, Function<SharedSessionContractImplementor, Object>> extra
                    : participant.assignments(entity).entrySet()) {
                SelectableMapping target = column(entity, extra.getKey());
                if (target != null) {
                    Function<SharedSessionContractImplementor, Object> value = extra.getValue();
                    assignments.add(new Assignment(new ColumnReference(table, target), new ExecutionValueParameter(
                            target.getJdbcMapping(), context -> value.apply(context.getSession()))));
                }
            }
        }
        Predicate live = new NullnessPredicate(new ColumnReference(table, deletedAt));
        return new UpdateStatement(delete, table, delete.getMutationTarget(), delete.getFromClause(), assignments,
                Predicate.combinePredicates(delete.getRestriction(), live), delete.getReturningColumns());
    }

    private static Expression increment(NamedTableReference table, EntityPersister entity,
            EntityVersionMapping version) {
        @SuppressWarnings("unchecked")
        BasicType<Object> type = (BasicType<Object>) entity.getVersionType();
        Object one = type.getJavaTypeDescriptor().wrap(1, null);
        return new BinaryArithmeticExpression(new ColumnReference(table, version), BinaryArithmeticOperator.ADD,
                new QueryLiteral<>(one, type), type);
    }

    private static @Nullable SelectableMapping column(EntityPersister entity, String property) {
        AttributeMapping attribute = entity.findAttributeMapping(property);
        return attribute instanceof SelectableMapping selectable ? selectable : null;
    }
}
