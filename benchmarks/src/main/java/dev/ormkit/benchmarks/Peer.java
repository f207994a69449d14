package dev.ormkit.benchmarks;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names the benchmark method of the same class that the others are compared with. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Peer {

    /** The method name of the peer, for example {@code "rawJdbcBatch"}. */
    String value();
}
