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
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ChangeLogged {}
