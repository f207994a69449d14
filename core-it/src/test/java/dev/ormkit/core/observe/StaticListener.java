package dev.ormkit.core.observe;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A listener named by class in a property, as persistence.xml users register one: it keeps events in a static list. */
public final class StaticListener implements OrmKitListener {

    static final List<OrmKitEvent> EVENTS = new CopyOnWriteArrayList<>();

    public StaticListener() {}

    @Override
    public void onEvent(OrmKitEvent event) {
        EVENTS.add(event);
    }
}
