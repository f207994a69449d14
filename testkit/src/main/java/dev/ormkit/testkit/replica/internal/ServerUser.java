package dev.ormkit.testkit.replica.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Who the private servers run as. PostgreSQL refuses to run as root ("initdb: cannot be run as root"); when the
 * tests do, the servers run as {@code postgres} (or {@code nobody}) through util-linux's {@code runuser}, and
 * their directories are handed to that user.
 */
final class ServerUser {

    private final @Nullable String name;

    private ServerUser(@Nullable String name) {
        this.name = name;
    }

    static ServerUser forThisProcess() throws IOException {
        if (!"root".equals(System.getProperty("user.name"))) {
            return new ServerUser(null);
        }
        UserPrincipalLookupService users = Path.of("/").getFileSystem().getUserPrincipalLookupService();
        for (String candidate : List.of("postgres", "nobody")) {
            try {
                users.lookupPrincipalByName(candidate);
                return new ServerUser(candidate);
            } catch (UserPrincipalNotFoundException absent) {
                // try the next one
            }
        }
        throw new IOException("The tests run as root, which PostgreSQL refuses, and neither a 'postgres' nor a "
                + "'nobody' user exists to run the private servers as. Run the tests as an ordinary user.");
    }

    /** {@code command}, run as this user. */
    List<String> command(List<String> command) {
        if (name == null) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", name, "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Gives {@code root} and everything below it to this user (when it is not the current one). */
    void own(Path root) throws IOException {
        if (name == null) {
            return;
        }
        UserPrincipalLookupService users = root.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal user = users.lookupPrincipalByName(name);
        GroupPrincipal group;
        try {
            group = users.lookupPrincipalByGroupName(name);
        } catch (UserPrincipalNotFoundException noSuchGroup) {
            group = users.lookupPrincipalByGroupName("nogroup");
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
                view.setOwner(user);
                view.setGroup(group);
            }
        }
    }

    @Override
    public String toString() {
        return name == null ? System.getProperty("user.name") : name;
    }
}
