package dev.ormkit.softdelete;

import dev.ormkit.core.OrmKit;
import dev.ormkit.softdelete.model.BankPayment;
import dev.ormkit.softdelete.model.CardPayment;
import dev.ormkit.softdelete.model.Customer;
import dev.ormkit.softdelete.model.Document;
import dev.ormkit.softdelete.model.Invoice;
import dev.ormkit.softdelete.model.LegacyAccount;
import dev.ormkit.softdelete.model.Note;
import dev.ormkit.softdelete.model.OrderLine;
import dev.ormkit.softdelete.model.Payment;
import dev.ormkit.softdelete.model.PurchaseOrder;
import dev.ormkit.softdelete.model.Tag;
import dev.ormkit.testkit.TestClock;
import dev.ormkit.testkit.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** The soft-delete test model on a fresh database, with a hand-moved clock and a record of the SQL sent. */
final class SoftDeleteFixture implements AutoCloseable {

    static final Instant START = Instant.parse("2026-03-01T12:00:00Z");

    final TestClock clock = new TestClock(START);
    final List<String> sql = new ArrayList<>();
    final OrmKit orm;

    SoftDeleteFixture(TestDatabase database) {
        StatementInspector recorder = statement -> {
            synchronized (sql) {
                sql.add(statement);
            }
            return statement;
        };
        orm = OrmKit.builder()
                .jdbcUrl(database.jdbcUrl()).username(database.username()).password(database.password())
                .entities(Customer.class, PurchaseOrder.class, OrderLine.class, Tag.class, Note.class, Payment.class,
                        CardPayment.class, BankPayment.class, Document.class, Invoice.class, LegacyAccount.class)
                .clock(clock)
                .maximumPoolSize(3)
                .property("hibernate.session_factory.statement_inspector", recorder)
                .property("jakarta.persistence.schema-generation.database.action", "create")
                .build();
    }

    List<String> statements(String kind) {
        synchronized (sql) {
            return sql.stream().filter(s -> s.stripLeading().toLowerCase(Locale.ROOT).startsWith(kind)).toList();
        }
    }

    void clearSql() {
        synchronized (sql) {
            sql.clear();
        }
    }

    @Override
    public void close() {
        orm.close();
    }
}
