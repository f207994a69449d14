package dev.ormkit.softdelete;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.softdelete.model.BankPayment;
import dev.ormkit.softdelete.model.CardPayment;
import dev.ormkit.softdelete.model.Document;
import dev.ormkit.softdelete.model.Invoice;
import dev.ormkit.softdelete.model.LegacyAccount;
import dev.ormkit.softdelete.model.Payment;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InheritanceTest {

    private SoftDeleteFixture fixture;

    @BeforeAll
    void start(TestDatabase database) {
        fixture = new SoftDeleteFixture(database);
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    private long count(String hql) {
        return fixture.orm.fromTransaction(session -> session.createSelectionQuery(hql, Long.class).getSingleResult());
    }

    private long countAll(String hql) {
        return fixture.orm.fromTransaction(session -> SoftDeletes.includingDeleted(session,
                () -> session.createSelectionQuery(hql, Long.class).getSingleResult()));
    }

    @Test
    void singleTableSubclassesAreSoftDeletedAndHidden() {
        CardPayment card = new CardPayment(1200, "4242");
        BankPayment bank = new BankPayment(900, "DE00");
        fixture.orm.inTransaction(session -> {
            session.persist(card);
            session.persist(bank);
        });
        fixture.clearSql();

        fixture.orm.inTransaction(session -> session.remove(session.find(CardPayment.class, card.getId())));

        assertThat(fixture.statements("delete")).isEmpty();
        assertThat(count("select count(*) from Payment")).isEqualTo(1);
        assertThat(count("select count(*) from CardPayment")).isZero();
        assertThat(countAll("select count(*) from CardPayment")).isEqualTo(1);
        assertThat(fixture.orm.<Object>fromTransaction(session -> session.find(Payment.class, card.getId()))).isNull();
    }

    @Test
    void joinedSubclassesAreSoftDeletedAndHidden() {
        Invoice invoice = new Invoice("March", 5000);
        Document memo = new Document("Memo");
        fixture.orm.inTransaction(session -> {
            session.persist(invoice);
            session.persist(memo);
        });
        fixture.clearSql();

        fixture.orm.inTransaction(session -> session.remove(session.find(Invoice.class, invoice.getId())));

        assertThat(fixture.statements("delete")).isEmpty();
        assertThat(count("select count(*) from Invoice")).isZero();
        assertThat(count("select count(*) from Document")).isEqualTo(1);
        assertThat(countAll("select count(*) from Document")).isEqualTo(2);
        assertThat(fixture.orm.<Object>fromTransaction(session -> session.find(Document.class, invoice.getId()))).isNull();
        int restored = fixture.orm.fromTransaction(session -> SoftDeletes.restore(session, Invoice.class, invoice.getId()));
        assertThat(restored).isEqualTo(1);
        assertThat(count("select count(*) from Invoice")).isEqualTo(1);
    }

    @Test
    void theInterfaceServesEntitiesWithAnotherSuperclass() {
        LegacyAccount account = new LegacyAccount("root");
        fixture.orm.inTransaction(session -> session.persist(account));
        fixture.clearSql();

        fixture.orm.inTransaction(session -> session.remove(session.find(LegacyAccount.class, account.getId())));

        assertThat(fixture.statements("delete")).isEmpty();
        assertThat(fixture.orm.<Object>fromTransaction(session -> session.find(LegacyAccount.class, account.getId()))).isNull();
        assertThat(countAll("select count(*) from LegacyAccount")).isEqualTo(1);
    }
}
