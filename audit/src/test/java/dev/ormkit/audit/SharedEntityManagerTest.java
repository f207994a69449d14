package dev.ormkit.audit;

import java.util.concurrent.atomic.AtomicReference;
import dev.ormkit.core.OrmKit;
import dev.ormkit.core.paging.PageRequest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.audit.ChangeLog.Action;
import dev.ormkit.audit.ChangeLog.Change;
import dev.ormkit.audit.model.Invoice;
import dev.ormkit.audit.model.Memo;
import dev.ormkit.core.write.BatchInsert;
import jakarta.persistence.EntityManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/** The audit module's entry points accept an EntityManager shaped like Spring's shared proxy, in a transaction. */
@AuditTest
class SharedEntityManagerTest {

    private final OrmKit orm;
    private final AtomicReference<String> loggedIn;

    SharedEntityManagerTest(OrmKit orm, SignedInUser signedIn) {
        this.orm = orm;
        this.loggedIn = signedIn.name;
    }

    /**
     * Like Spring's {@code SharedEntityManagerCreator} proxy: {@code EntityManager} plus the vendor interface
     * {@code Session}, every call delegated, {@code unwrap(type)} answered with the proxy when it is a {@code type}.
     */
    private static EntityManager springLike(EntityManager target) {
        return (EntityManager) Proxy.newProxyInstance(SharedEntityManagerTest.class.getClassLoader(),
                new Class<?>[] {EntityManager.class, Session.class}, (proxy, method, args) -> {
                    if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> type
                            && type.isInstance(proxy)) {
                        return proxy;
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void bulkUpdateAndTheChangeLogQueriesWorkThroughTheProxy() {
        loggedIn.set("spring");
        Memo memo = new Memo("through the proxy");
        Invoice invoice = new Invoice("PROXY", 1, "x");
        orm.inTransaction(session -> BatchInsert.saveAll(springLike(session), List.of(memo, invoice)));

        int updated = orm.fromTransaction(session -> BulkUpdate.of(springLike(session), Memo.class)
                .set("text", "bulk through the proxy").where("e.id = :id").parameter("id", memo.getId()).execute());
        List<Change> history = orm.fromTransaction(
                session -> ChangeLog.history(springLike(session), Invoice.class, invoice.getId(), PageRequest.ofSize(10)));
        List<Change> bySpring = orm.fromTransaction(session -> ChangeLog.byActor(springLike(session),
                "spring", Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z"), PageRequest.ofSize(10)));

        assertThat(updated).isEqualTo(1);
        assertThat(history).extracting(Change::action).containsExactly(Action.INSERT);
        assertThat(bySpring).extracting(Change::entityId).contains(invoice.getId());
    }
}
