package dev.ormkit.softdelete;

import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.core.OrmKit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.softdelete.model.BankPayment;
import dev.ormkit.softdelete.model.CardPayment;
import dev.ormkit.softdelete.model.Document;
import dev.ormkit.softdelete.model.Invoice;
import dev.ormkit.softdelete.model.LegacyAccount;
import dev.ormkit.softdelete.model.Payment;
import org.junit.jupiter.api.Test;

@SoftDeleteModelTest
class InheritanceTest {

    private final OrmKit orm;
    private final SqlCapture sql;

    InheritanceTest(OrmKit orm, SqlCapture sql) {
        this.orm = orm;
        this.sql = sql;
    }

    private long count(String hql) {
        return orm.fromTransaction(session -> session.createSelectionQuery(hql, Long.class).getSingleResult());
    }

    private long countAll(String hql) {
        return orm.fromTransaction(session -> SoftDeletes.includingDeleted(session,
                () -> session.createSelectionQuery(hql, Long.class).getSingleResult()));
    }

    @Test
    void singleTableSubclassesAreSoftDeletedAndHidden() {
        CardPayment card = new CardPayment(1200, "4242");
        BankPayment bank = new BankPayment(900, "DE00");
        orm.inTransaction(session -> {
            session.persist(card);
            session.persist(bank);
        });
        sql.clear();

        orm.inTransaction(session -> session.remove(session.find(CardPayment.class, card.getId())));

        assertThat(SoftDeleteModel.statements(sql, "delete")).isEmpty();
        assertThat(count("select count(*) from Payment")).isEqualTo(1);
        assertThat(count("select count(*) from CardPayment")).isZero();
        assertThat(countAll("select count(*) from CardPayment")).isEqualTo(1);
        assertThat(orm.<Object>fromTransaction(session -> session.find(Payment.class, card.getId()))).isNull();
    }

    @Test
    void joinedSubclassesAreSoftDeletedAndHidden() {
        Invoice invoice = new Invoice("March", 5000);
        Document memo = new Document("Memo");
        orm.inTransaction(session -> {
            session.persist(invoice);
            session.persist(memo);
        });
        sql.clear();

        orm.inTransaction(session -> session.remove(session.find(Invoice.class, invoice.getId())));

        assertThat(SoftDeleteModel.statements(sql, "delete")).isEmpty();
        assertThat(count("select count(*) from Invoice")).isZero();
        assertThat(count("select count(*) from Document")).isEqualTo(1);
        assertThat(countAll("select count(*) from Document")).isEqualTo(2);
        assertThat(orm.<Object>fromTransaction(session -> session.find(Document.class, invoice.getId()))).isNull();
        int restored = orm.fromTransaction(session -> SoftDeletes.restore(session, Invoice.class, invoice.getId()));
        assertThat(restored).isEqualTo(1);
        assertThat(count("select count(*) from Invoice")).isEqualTo(1);
    }

    @Test
    void theInterfaceServesEntitiesWithAnotherSuperclass() {
        LegacyAccount account = new LegacyAccount("root");
        orm.inTransaction(session -> session.persist(account));
        sql.clear();

        orm.inTransaction(session -> session.remove(session.find(LegacyAccount.class, account.getId())));

        assertThat(SoftDeleteModel.statements(sql, "delete")).isEmpty();
        assertThat(orm.<Object>fromTransaction(session -> session.find(LegacyAccount.class, account.getId()))).isNull();
        assertThat(countAll("select count(*) from LegacyAccount")).isEqualTo(1);
    }
}
