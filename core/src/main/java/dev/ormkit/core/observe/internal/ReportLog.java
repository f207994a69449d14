package dev.ormkit.core.observe.internal;

import dev.ormkit.core.internal.CallerText;
import dev.ormkit.core.observe.LazyLoadReport;
import dev.ormkit.core.observe.NPlusOneReport;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WARN line per report, {@code key=value} pairs a log pipeline can parse, rate-limited: the same report
 * (entity, association, origin) at most once per {@link #QUIET_NANOS}, and at most {@link #MAX_KEYS} distinct
 * reports remembered (past that, each new one is logged once more at most per quiet period of its own slot).
 * Names and code locations only: no id, no value, no SQL with values. Text that could carry control characters
 * goes through {@link CallerText}.
 */
public final class ReportLog {

    static final long QUIET_NANOS = 60_000_000_000L;
    static final int MAX_KEYS = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger("dev.ormkit.observe");
    private static final Map<String, Long> LAST = new ConcurrentHashMap<>();

    private ReportLog() {}

    static void lazyLoad(LazyLoadReport report) {
        String key = "lazy " + report.entity() + "." + report.association() + " " + report.origin();
        if (LOG.isWarnEnabled() && due(key)) {
            LOG.warn("ormkit.lazy_load_outside_plan discipline={} entity={} association={} origin={} loaded_by={} "
                    + "fix={}", report.discipline().name().toLowerCase(java.util.Locale.ROOT),
                    CallerText.show(report.entity()), CallerText.show(report.association()),
                    frame(report.origin()),
                    report.loadedBy() == null ? "unknown" : frame(report.loadedBy()),
                    frame("add \"" + report.suggestedPath() + "\" to the FetchPlan"));
        }
    }

    static void nPlusOne(NPlusOneReport report) {
        String key = "n+1 " + report.shape() + " " + report.origin();
        if (LOG.isWarnEnabled() && due(key)) {
            LOG.warn("ormkit.n_plus_one entity={} association={} executions={} origin={} fix={}",
                    CallerText.show(report.entity()), CallerText.show(report.association()), report.executions(),
                    frame(report.origin()), frame(fix(report.association())));
        }
    }

    /** {@code Owner.pets}: add "pets" to the plan of the query that loaded the Owner rows. */
    static String fix(String association) {
        int dot = association.indexOf('.');
        if (dot <= 0 || association.indexOf(' ') >= 0) {
            return "load these rows with the query that loads their parents (a FetchPlan path or a join), or batch it";
        }
        return "add \"" + association.substring(dot + 1) + "\" (prefixed with the path to "
                + association.substring(0, dot) + ") to the FetchPlan of the query that loaded the "
                + association.substring(0, dot) + " rows";
    }

    /**
     * A stack frame in quotes, not cut (CallerText cuts at 100 characters, and frames of lambdas are longer), but
     * escaped like CallerText and capped at 400 characters.
     */
    static String frame(String frame) {
        StringBuilder out = new StringBuilder(frame.length() + 2).append('\'');
        for (int i = 0; i < Math.min(frame.length(), 400); i++) {
            char c = frame.charAt(i);
            if (c == '\'' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    private static boolean due(String key) {
        long now = System.nanoTime();
        if (LAST.size() >= MAX_KEYS) {
            LAST.clear();
        }
        Long[] logged = {null};
        LAST.compute(key, (k, last) -> {
            if (last == null || now - last >= QUIET_NANOS) {
                logged[0] = now;
                return now;
            }
            return last;
        });
        return logged[0] != null;
    }
}
