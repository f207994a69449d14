/** The Spring Boot application the tests start. */
@NullMarked
package dev.ormkit.spring.boot.app;

import org.jspecify.annotations.NullMarked;
