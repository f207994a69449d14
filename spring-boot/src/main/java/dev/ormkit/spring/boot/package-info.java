/**
 * ormkit for Spring Boot: {@link dev.ormkit.spring.boot.OrmKitAutoConfiguration} puts ormkit's defaults on Boot's
 * own pool and {@code EntityManagerFactory}; {@link dev.ormkit.spring.boot.OrmKitSpringProperties} holds the
 * {@code ormkit.*} properties. Types in {@code dev.ormkit.spring.boot.internal} are not API.
 */
@NullMarked
package dev.ormkit.spring.boot;

import org.jspecify.annotations.NullMarked;
