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
import dev.ormkit.testkit.sql.CapturedStatement;
import dev.ormkit.testkit.sql.SqlCapture;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The soft-delete test model on a fresh database, with a hand-moved clock and a record of the SQL that reached the
 * driver (the testkit's {@link SqlCapture}, as users would record it).
 */
final class SoftDeleteFixture implements AutoCloseable {

    static final Instant START = Instant.parse("2026-03-01T12:00:00Z");

    final TestClock clock = new TestClock(START);
    final SqlCapture capture = new SqlCapture();
    final OrmKit orm;

    SoftDeleteFixture(TestDatabase database) {
        orm = OrmKit.builder()
                .dataSource(capture.wrap(database.dataSource()))
                .entities(Customer.class, PurchaseOrder.class, OrderLine.class, Tag.class, Note.class, Payment.class,
                        CardPayment.class, BankPayment.class, Document.class, Invoice.class, LegacyAccount.class)
                .clock(clock)
                .property("jakarta.persistence.schema-generation.database.action", "create")
                .build();
    }

    /** The statements of one kind ({@code "update"}, {@code "delete"}, ...) sent since the last {@link #clearSql()}. */
    List<String> statements(String kind) {
        return capture.log().statements().stream().map(CapturedStatement::sql)
                .filter(s -> s.stripLeading().toLowerCase(Locale.ROOT).startsWith(kind)).toList();
    }

    void clearSql() {
        capture.clear();
    }

    @Override
    public void close() {
        orm.close();
    }
}
