package dev.ormkit.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Records every insert, update, soft delete, restore and purge of the annotated entity in the
 * {@code ormkit_change_log} table, in the same transaction: who, when, and each changed field's old and new
 * value as {@code jsonb}. Fields annotated {@link Sensitive} are recorded as changed with masked values.
 * Read it back with {@link ChangeLog}.
 *
 * <p>Writes through a session ({@code persist}, dirty checking, {@code merge}, {@code remove}, ormkit's
 * soft delete, restore and purge) and through {@code BatchInsert.saveAll} / {@code EntityRepository.insertAll}
 * (inserts, and updates of detached entities, logged with new values only) are recorded. {@code BulkImport.copy}
 * and {@link BulkUpdate} refuse a change-logged entity with an exception. A JPQL/Criteria bulk {@code update}
 * statement and native SQL write <b>no</b> change-log row: Hibernate raises no entity event for them.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ChangeLogged {}
