package dev.ormkit.testkit.replica.internal;

import dev.ormkit.testkit.internal.EmbeddedBinaries;
import dev.ormkit.testkit.internal.PostgresVersion;
import dev.ormkit.testkit.internal.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * zonky's PostgreSQL server binaries ({@code initdb}, {@code pg_ctl}, {@code postgres} — no
 * {@code pg_basebackup}), unpacked once per version into the temp directory, readable and executable by every
 * user so that a server can run as an unprivileged one when the tests run as root.
 */
public final class ServerBinaries {

    private ServerBinaries() {}

    /** The {@code bin} directory of the chosen version's binaries (setting {@code ormkit.test.postgres-version}). */
    public static Path bin(Settings settings) throws IOException {
        PostgresVersion version = PostgresVersion.from(settings);
        Path home = Path.of(System.getProperty("java.io.tmpdir"), "ormkit-postgres-" + version.binaries());
        if (Files.isExecutable(home.resolve("bin/pg_ctl"))) {
            return home.resolve("bin");
        }
        String system = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux") ? "Linux"
                : System.getProperty("os.name");
        String architecture = switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> System.getProperty("os.arch");
        };
        Path partial = Files.createTempDirectory(home.getParent(), home.getFileName() + ".part");
        try (InputStream archive = EmbeddedBinaries.of(version, settings).getPgBinary(system, architecture);
                TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(archive))) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                Path target = partial.resolve(entry.getName()).normalize();
                if (!target.startsWith(partial)) {
                    throw new IOException("unsafe entry in PostgreSQL archive: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                    boolean executable = (entry.getMode() & 0100) != 0;
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(
                            executable ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
            try (Stream<Path> paths = Files.walk(partial)) {
                for (Path directory : paths.filter(Files::isDirectory).toList()) {
                    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
            try {
                Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
                // another JVM unpacked the same version meanwhile: use that copy
            } catch (IOException notEmpty) {
                if (!Files.isExecutable(home.resolve("bin/pg_ctl"))) {
                    throw notEmpty;
                }
            }
        } finally {
            delete(partial);
        }
        return home.resolve("bin");
    }

    static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
