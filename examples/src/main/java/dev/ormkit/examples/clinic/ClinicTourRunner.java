package dev.ormkit.examples.clinic;

import java.io.PrintStream;
import javax.sql.DataSource;

/** Runs the tour on a given empty database (the tests' way in). */
public final class ClinicTourRunner {

    private ClinicTourRunner() {}

    public static void run(DataSource emptyDatabase, PrintStream out) {
        ClinicTour.run(emptyDatabase, out);
    }
}
