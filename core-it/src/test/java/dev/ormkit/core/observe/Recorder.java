package dev.ormkit.core.observe;

import java.util.ArrayList;
import java.util.List;

/** Collects ormkit's events, for assertions. */
final class Recorder implements OrmKitListener {

    private final List<OrmKitEvent> events = new ArrayList<>();

    @Override
    public synchronized void onEvent(OrmKitEvent event) {
        events.add(event);
    }

    synchronized <E extends OrmKitEvent> List<E> of(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    synchronized List<OrmKitEvent> all() {
        return List.copyOf(events);
    }

    synchronized void clear() {
        events.clear();
    }
}
