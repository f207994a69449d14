package dev.ormkit.audit.internal;

import dev.ormkit.audit.Audited;
import dev.ormkit.audit.ChangeLogged;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.hibernate.Hibernate;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.DeleteContext;
import org.hibernate.event.spi.DeleteEvent;
import org.hibernate.event.spi.DeleteEventListener;
import org.hibernate.event.spi.MergeContext;
import org.hibernate.event.spi.MergeEvent;
import org.hibernate.event.spi.MergeEventListener;
import org.hibernate.event.spi.PersistContext;
import org.hibernate.event.spi.PersistEvent;
import org.hibernate.event.spi.PersistEventListener;
import org.hibernate.event.spi.PostLoadEvent;
import org.hibernate.event.spi.PostLoadEventListener;
import org.jspecify.annotations.Nullable;

/**
 * Remembers the scoped actor ({@code Auditing.as}) of each persist, merge and remove, so that the INSERT or UPDATE
 * the flush writes later — possibly after the block ended — is attributed to the actor who made the change, not to
 * whoever is in scope at flush time. Also tells {@link ActorScopes} which sessions a block used.
 */
final class ActorCapture implements PersistEventListener, MergeEventListener, DeleteEventListener,
        PostLoadEventListener {

    private static final long serialVersionUID = 1L;

    private final transient Actors actors;
    private final transient Map<SharedSessionContractImplementor, Map<Object, String>> captured =
            Collections.synchronizedMap(new WeakHashMap<>());
    /** Until the first capture, writes skip the synchronised map: applications without scopes pay nothing. */
    private volatile boolean anyCaptured;

    ActorCapture(Actors actors) {
        this.actors = actors;
    }

    @Override
    public void onPersist(PersistEvent event) {
        note(event.getSession(), event.getObject());
    }

    @Override
    public void onPersist(PersistEvent event, PersistContext createdAlready) {
        note(event.getSession(), event.getObject());
    }

    @Override
    public void onMerge(MergeEvent event) {
        note(event.getSession(), event.getResult());
    }

    @Override
    public void onMerge(MergeEvent event, MergeContext copiedAlready) {
        note(event.getSession(), event.getResult());
    }

    @Override
    public void onDelete(DeleteEvent event) {
        note(event.getSession(), event.getObject());
    }

    @Override
    public void onDelete(DeleteEvent event, DeleteContext transientEntities) {
        note(event.getSession(), event.getObject());
    }

    @Override
    public void onPostLoad(PostLoadEvent event) {
        if (ActorScopes.actor() != null) {
            ActorScopes.touched(event.getSession());
        }
    }

    /** The actor of a write of {@code entity}: the one captured when the change was made, else the current one. */
    String actorOf(SharedSessionContractImplementor session, Object entity) {
        if (!anyCaptured) {
            return actors.current();
        }
        Map<Object, String> bySession = captured.get(session);
        String actor = bySession == null ? null : bySession.get(entity);
        return actor != null ? actor : actors.current();
    }

    /** Forgets the captured actor once the write it was for has been made. */
    void release(SharedSessionContractImplementor session, Object entity) {
        if (!anyCaptured) {
            return;
        }
        Map<Object, String> bySession = captured.get(session);
        if (bySession != null) {
            bySession.remove(entity);
        }
    }

    private void note(SharedSessionContractImplementor session, @Nullable Object object) {
        String actor = ActorScopes.actor();
        if (actor == null || object == null) {
            return;
        }
        ActorScopes.touched(session);
        Object entity = Hibernate.unproxy(object);
        if (entity instanceof Audited || entity.getClass().isAnnotationPresent(ChangeLogged.class)) {
            captured.computeIfAbsent(session, s -> new IdentityHashMap<>()).put(entity, actor);
            anyCaptured = true;
        }
    }
}
