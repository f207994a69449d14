package dev.ormkit.testkit.replica.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** One private PostgreSQL cluster: a data directory, a port, and {@code pg_ctl} to start and stop it. */
public final class Cluster {

    private final Path bin;
    private final Path data;
    private final Path log;
    private final int port;
    private final ServerUser user;
    private volatile boolean running;

    private Cluster(Path bin, Path data, int port, ServerUser user) {
        this.bin = bin;
        this.data = data;
        this.log = data.resolveSibling(data.getFileName() + ".log");
        this.port = port;
        this.user = user;
    }

    /**
     * A new primary in {@code base/primary} and a standby in {@code base/standby} made from a file copy of it
     * taken while it is shut down (the state {@code initdb} leaves), which is a valid base backup without
     * {@code pg_basebackup} (zonky's binaries have none). Neither is started.
     */
    public static Cluster[] primaryAndStandby(Path bin, Path base) throws IOException {
        ServerUser user = ServerUser.forThisProcess();
        Files.setPosixFilePermissions(base, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        user.own(base);
        Cluster primary = new Cluster(bin, base.resolve("primary"), freePort(), user);
        primary.run(List.of(bin.resolve("initdb").toString(), "-A", "trust", "-U", "postgres", "-E", "UTF-8",
                "--no-locale", "-D", primary.data.toString()), 120);
        primary.configure(String.join("\n",
                "listen_addresses = '127.0.0.1'",
                "unix_socket_directories = '" + base + "'",
                "wal_level = replica",
                "wal_keep_size = '256MB'",
                "hot_standby = on",
                "hot_standby_feedback = on",
                "fsync = off"));
        // max_connections, max_wal_senders and the like must not be lower on the standby than in the primary's
        // pg_control (written by initdb with the defaults): the standby shares this file and keeps the defaults.
        Cluster standby = new Cluster(bin, base.resolve("standby"), freePort(), user);
        copy(primary.data, standby.data);
        user.own(standby.data);
        standby.configure("primary_conninfo = 'host=127.0.0.1 port=" + primary.port
                + " user=postgres application_name=ormkit_standby'");
        Files.writeString(standby.data.resolve("standby.signal"), "");
        user.own(standby.data);
        return new Cluster[] {primary, standby};
    }

    public void start() throws IOException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", log.toString(), "-o",
                "-p " + port, "-w", "-t", "60", "start"), 90);
        running = true;
    }

    /** A fast shutdown (sessions ended, a clean stop); nothing when it is not running. */
    public void stop() throws IOException {
        if (!running) {
            return;
        }
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "-t", "60",
                "stop"), 90);
        running = false;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public boolean running() {
        return running;
    }

    /** The server's log, for failure messages. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException unreadable) {
            return "(no log at " + log + ")";
        }
    }

    private void configure(String settings) throws IOException {
        Files.writeString(data.resolve("postgresql.conf"), "\n# ormkit testkit\n" + settings + "\n",
                StandardOpenOption.APPEND);
    }

    private void run(List<String> command, int timeoutSeconds) throws IOException {
        List<String> full = user.command(command);
        Path output = Files.createTempFile("ormkit-pg-command", ".out");
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            boolean ended = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", full) + " did not finish within " + timeoutSeconds + " s");
            }
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", full) + " failed (exit " + process.exitValue() + "): "
                        + Files.readString(output) + "\n" + logTail());
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), interrupted);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(paths::add);
        }
        for (Path source : paths) {
            Path target = to.resolve(from.relativize(source).toString());
            if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(target);
                Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(source));
            } else {
                Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
