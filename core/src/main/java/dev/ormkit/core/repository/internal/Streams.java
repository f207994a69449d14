package dev.ormkit.core.repository.internal;

import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.hibernate.ScrollableResults;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;

/**
 * A stream over a forward-only server-side cursor that detaches each entity once the stream has moved past
 * it, so neither the driver (fetch size) nor the persistence context holds more than a window of rows.
 */
final class Streams {

    private Streams() {}

    static <T> Stream<T> of(Session session, ScrollableResults<T> results) {
        Spliterator<T> rows = new Spliterators.AbstractSpliterator<T>(Long.MAX_VALUE, Spliterator.ORDERED
                | Spliterator.NONNULL) {
            private @Nullable T previous;

            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                if (previous != null && session.contains(previous)) {
                    session.detach(previous);
                }
                previous = null;
                if (!results.next()) {
                    return false;
                }
                T row = results.get();
                previous = row;
                action.accept(row);
                return true;
            }
        };
        return StreamSupport.stream(rows, false).onClose(results::close);
    }
}
