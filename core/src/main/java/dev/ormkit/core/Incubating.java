package dev.ormkit.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks ormkit API that may change in a minor release: it exposes a Hibernate type that Hibernate itself marks
 * {@code @org.hibernate.Incubating}, such as {@code org.hibernate.query.restriction.Restriction}, and follows it when
 * Hibernate changes it. It works as documented today; code that uses it may need an edit on an upgrade. Everything
 * not marked keeps its signature within a minor version.
 *
 * <pre>{@code
 * // incubating: Restriction is incubating in Hibernate 7.4
 * QuerySpec<Owner> typed = QuerySpec.restrict(Restriction.equal(Owner_.city, "Paris"));
 * // stable: the same condition as JPQL or Criteria
 * QuerySpec<Owner> jpql = QuerySpec.<Owner>where("e.city = :city").bind("city", "Paris");
 * }</pre>
 *
 * <p>The build checks the marking: a public signature that names an incubating Hibernate type without this annotation
 * fails ormkit's architecture tests.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface Incubating {}
