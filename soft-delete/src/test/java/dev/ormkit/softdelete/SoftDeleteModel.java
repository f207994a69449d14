package dev.ormkit.softdelete;

import dev.ormkit.core.OrmKitBuilder;
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
import dev.ormkit.testkit.OrmKitCustomizer;
import dev.ormkit.testkit.TestDatabase;
import dev.ormkit.testkit.sql.CapturedStatement;
import dev.ormkit.testkit.sql.SqlCapture;
import java.util.List;
import java.util.Locale;

/** The soft-delete test model: the entities of {@link SoftDeleteModelTest} classes. */
final class SoftDeleteModel implements OrmKitCustomizer {

    /** Where the test clock of a {@link SoftDeleteModelTest} class starts. */
    static final String START = "2026-03-01T12:00:00Z";

    @Override
    public void customize(OrmKitBuilder builder, TestDatabase database) {
        builder.entities(Customer.class, PurchaseOrder.class, OrderLine.class, Tag.class, Note.class, Payment.class,
                CardPayment.class, BankPayment.class, Document.class, Invoice.class, LegacyAccount.class);
    }

    /** The statements of one kind ({@code "update"}, {@code "delete"}, ...) recorded since the capture was cleared. */
    static List<String> statements(SqlCapture sql, String kind) {
        return sql.log().statements().stream().map(CapturedStatement::sql)
                .filter(s -> s.stripLeading().toLowerCase(Locale.ROOT).startsWith(kind)).toList();
    }
}
