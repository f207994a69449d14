package dev.ormkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.examples.clinic.ClinicTourRunner;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's first command runs this tour; this test keeps what it shows true. */
@PostgresTest
class ClinicTourTest {

    @Test
    void theTourShowsWhatOrmKitDid(TestDatabase database) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ClinicTourRunner.run(database.dataSource(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String tour = bytes.toString(StandardCharsets.UTF_8);

        assertThat(tour)
                .contains("schema rules: 0 violations; migration lint: 0 findings")
                .contains("0 SELECTs")
                .contains("4 statements for 50 owners + pets + visits + the count (no N+1).")
                .contains("7 statements for two pages (3 each")
                .contains("0 DELETEs; 59 owners left in Monona")
                .contains("bob restored it: 7 rows back; 60 owners in Monona again.")
                .contains("DELETE   by alice")
                .contains("RESTORE  by bob")
                .contains("UPDATE   by carol")
                .contains("Strict fetch mode stopped a lazy load of Owner")
                .contains("lazy load Visit.vet at dev.ormkit.examples.clinic.ClinicTour.lambda$reportMode$")
                .contains("loaded by EntityRepository<Owner>.page with FetchPlan[pets.visits]; add \"pets.visits.vet\"")
                .contains("N+1: 10× Pet, likely Owner.pets")
                .contains("BulkImport Visit: 20000 rows in ").contains("BulkImport Visit: 50000 rows in ")
                .contains("purgeDeletedBefore Visit: 40000 rows in ").contains("purgeDeletedBefore Visit: 50000 rows in ")
                .endsWith("Done." + System.lineSeparator());
    }
}
