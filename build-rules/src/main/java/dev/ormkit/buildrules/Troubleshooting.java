package dev.ormkit.buildrules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** The text of {@code docs/troubleshooting.md}, found from the working directory upwards. */
final class Troubleshooting {

    static final String PAGE = "docs/troubleshooting.md";

    private static @Nullable String text;

    private Troubleshooting() {}

    static synchronized String page() {
        if (text == null) {
            text = read(Path.of("").toAbsolutePath());
        }
        return text;
    }

    private static String read(Path start) {
        for (Path folder = start; folder != null; folder = folder.getParent()) {
            Path page = folder.resolve(PAGE);
            if (Files.isRegularFile(page)) {
                try {
                    return Files.readString(page);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + page, e);
                }
            }
        }
        throw new IllegalStateException("No " + PAGE + " in " + start + " or a folder above it: run the build from "
                + "the ormkit checkout.");
    }
}
