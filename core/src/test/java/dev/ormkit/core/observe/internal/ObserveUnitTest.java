package dev.ormkit.core.observe.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.OrmKitConfigurationException;
import dev.ormkit.core.OrmKitProperties;
import dev.ormkit.core.FetchDiscipline;
import dev.ormkit.core.observe.Progress;
import dev.ormkit.core.observe.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObserveUnitTest {

    @Test
    void fetchDisciplineWinsOverStrictFetchAndStrictFetchMapsToStrictOrOff() {
        assertThat(ObserveSettings.discipline(Map.of())).isEqualTo(FetchDiscipline.OFF);
        assertThat(ObserveSettings.discipline(Map.of(OrmKitProperties.STRICT_FETCH, true))).isEqualTo(FetchDiscipline.STRICT);
        assertThat(ObserveSettings.discipline(Map.of(OrmKitProperties.STRICT_FETCH, "false"))).isEqualTo(FetchDiscipline.OFF);
        assertThat(ObserveSettings.discipline(Map.of(OrmKitProperties.STRICT_FETCH, true,
                OrmKitProperties.FETCH_DISCIPLINE, " Report "))).isEqualTo(FetchDiscipline.REPORT);
        assertThat(ObserveSettings.discipline(Map.of(OrmKitProperties.FETCH_DISCIPLINE, FetchDiscipline.STRICT)))
                .isEqualTo(FetchDiscipline.STRICT);
    }

    @Test
    void anUnknownDisciplineOrThresholdFailsNamingTheSettingAndTheValues() {
        assertThatThrownBy(() -> ObserveSettings.discipline(Map.of(OrmKitProperties.FETCH_DISCIPLINE, "warn")))
                .isInstanceOf(OrmKitConfigurationException.class)
                .hasMessage("ormkit.fetch_discipline is 'warn' but must be strict, report or off (a FetchDiscipline, "
                        + "or its name in any case). The default is off.");
        assertThatThrownBy(() -> ObserveSettings.nPlusOneThreshold(Map.of(OrmKitProperties.N_PLUS_ONE_THRESHOLD, 1)))
                .isInstanceOf(OrmKitConfigurationException.class)
                .hasMessageStartingWith("ormkit.n_plus_one_threshold is java.lang.Integer but must be 0 (off)");
    }

    @Test
    void nPlusOneDetectionIsOnByDefaultOnlyInReportMode() {
        assertThat(ObserveSettings.nPlusOneThreshold(Map.of())).isZero();
        assertThat(ObserveSettings.nPlusOneThreshold(Map.of(OrmKitProperties.FETCH_DISCIPLINE, "report"))).isEqualTo(10);
        assertThat(ObserveSettings.nPlusOneThreshold(Map.of(OrmKitProperties.FETCH_DISCIPLINE, "report",
                OrmKitProperties.N_PLUS_ONE_THRESHOLD, "0"))).isZero();
        assertThat(ObserveSettings.nPlusOneThreshold(Map.of(OrmKitProperties.N_PLUS_ONE_THRESHOLD, "3"))).isEqualTo(3);
    }

    @Test
    void theOriginSkipsLibrariesProxiesAndOrmKitButNotApplicationSubclassesOrTests() {
        assertThat(Origins.isApplication("org.hibernate.collection.spi.PersistentBag")).isFalse();
        assertThat(Origins.isApplication("java.util.ArrayList")).isFalse();
        assertThat(Origins.isApplication("dev.ormkit.core.repository.EntityRepository")).isFalse();
        assertThat(Origins.isApplication("dev.ormkit.core.repository.internal.Operations")).isFalse();
        assertThat(Origins.isApplication("com.acme.Owner$HibernateProxy$Abc")).isFalse();
        assertThat(Origins.isApplication("com.acme.OwnerRepository")).isTrue();
        assertThat(Origins.isApplication("dev.ormkit.examples.clinic.ClinicTour")).isTrue();
        // (Origins.current() itself is tested where the caller is application code: core-it's observe tests)
    }

    @Test
    void aFrameInALogLineIsQuotedAndEscapedButNotCut() {
        String lambda = "com.acme.Service.lambda$aVeryLongMethodNameThatGoesOnAndOnPastAHundredCharactersForSure$12(Service.java:42)";
        assertThat(ReportLog.frame(lambda)).isEqualTo("'" + lambda + "'");
        assertThat(ReportLog.frame("a'b\nc\u202e")).isEqualTo("'a\\'b\\u000ac\\u202e'");
    }

    @Test
    void shapesCarryNoLiteral() {
        assertThat(Shapes.of("select o1_0.id from owner o1_0 where o1_0.name='Ada''s secret' and o1_0.age=42 "
                + "and o1_0.id in (?, ?, ?)")).isEqualTo("select o1_0.id from owner o1_0 where o1_0.name=? and "
                + "o1_0.age=? and o1_0.id in (?)");
    }

    @Test
    void hugeParameterListsAndLiteralsAreShapedWithoutOverflowingTheStack() {
        String tenThousand = "?, ".repeat(9_999) + "?";
        assertThat(Shapes.of("delete from visit where id in (" + tenThousand + ") and deleted_at<?"))
                .isEqualTo("delete from visit where id in (?) and deleted_at<?");
        assertThat(Shapes.of("select 1 from t where a = '" + "x''y".repeat(50_000) + "'"))
                .isEqualTo("select ? from t where a = ?");
        assertThat(Shapes.of("select f(?) from t where a in (?,?) and b in ( ? , ? )"))
                .isEqualTo("select f(?) from t where a in (?) and b in (?)");
    }

    @Test
    void progressIsReportedEveryIntervalAndOnceAtTheEnd() {
        List<Progress> reports = new ArrayList<>();
        ProgressTracker tracker = new ProgressTracker("work", ProgressListener.every(100, reports::add));
        tracker.advance(99);
        tracker.advance(2);
        tracker.advance(250);
        tracker.finish();
        tracker.finish();

        assertThat(reports).extracting(Progress::done).containsExactly(101L, 351L, 351L);
        assertThat(reports).extracting(Progress::finished).containsExactly(false, false, true);
    }
}
