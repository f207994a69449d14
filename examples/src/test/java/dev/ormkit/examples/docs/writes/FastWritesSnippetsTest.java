package dev.ormkit.examples.docs.writes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.write.BatchInsert;
import dev.ormkit.core.write.BulkImport;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.sql.SqlLog;
import dev.ormkit.testkit.sql.StatementKind;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The snippets of docs/fast-writes.md. */
@PostgresTest(entities = {Author.class, Book.class})
class FastWritesSnippetsTest {

    @Test
    void batchInsertSendsBatches(OrmKit orm, SqlCapture sql) {
        List<Author> authors = IntStream.range(0, 120).mapToObj(i -> new Author("author " + i)).toList();
        SqlLog log = sql.record(() -> {
            // tag::batch-insert[]
            orm.inTransaction(session -> {
                long inserted = BatchInsert.saveAll(session, authors);   // Iterable or Stream
                // end::batch-insert[]
                assertThat(inserted).isEqualTo(120);
                // tag::batch-insert[]
            });
            // end::batch-insert[]
        });
        log.assertCount(StatementKind.SELECT, 0);
        assertThat(log.statements()).filteredOn(s -> s.kind() == StatementKind.INSERT).allMatch(s -> s.batch());
    }

    @Test
    void bulkImportCopiesEveryRow(OrmKit orm) {
        List<Book> books = IntStream.range(0, 500).mapToObj(i -> new Book("book " + i)).toList();
        // tag::bulk-import[]
        long rows = orm.fromTransaction(session -> BulkImport.copy(session, Book.class, books));
        // end::bulk-import[]
        assertThat(rows).isEqualTo(500);
    }
}
