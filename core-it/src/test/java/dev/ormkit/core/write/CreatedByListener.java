package dev.ormkit.core.write;

import dev.ormkit.core.OrmKit;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;

/** Sets Author.createdBy in the insert state only, the way the audit module's PRE_INSERT listener works. */
final class CreatedByListener implements PreInsertEventListener {

    private static final long serialVersionUID = 1L;

    static void register(OrmKit orm) {
        orm.sessionFactory().unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(EventListenerRegistry.class)
                .appendListeners(EventType.PRE_INSERT, new CreatedByListener());
    }

    @Override
    public boolean onPreInsert(PreInsertEvent event) {
        if (event.getEntity() instanceof Author) {
            String[] names = event.getPersister().getPropertyNames();
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals("createdBy")) {
                    event.getState()[i] = "system";
                }
            }
        }
        return false;
    }
}
