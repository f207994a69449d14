package dev.ormkit.micrometer.internal;

import dev.ormkit.core.observe.BulkImportEvent;
import dev.ormkit.core.observe.LazyLoadReport;
import dev.ormkit.core.observe.NPlusOneReport;
import dev.ormkit.core.observe.OrmKitEvent;
import dev.ormkit.core.observe.OrmKitListener;
import dev.ormkit.core.observe.RepositoryOperation;
import dev.ormkit.core.observe.SoftDeleteEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * ormkit's events as meters. Names and tags are in docs/observability.md; tags take only names from the mapping
 * and fixed vocabularies. Meters are looked up per event (Micrometer caches them by name and tags).
 */
public final class MeterListener implements OrmKitListener {

    static final String OPERATION = "ormkit.repository.operation";

    private final MeterRegistry meters;
    private final @Nullable ObservationRegistry observations;

    public MeterListener(MeterRegistry meters, @Nullable ObservationRegistry observations) {
        this.meters = meters;
        this.observations = observations;
    }

    @Override
    public void onEvent(OrmKitEvent event) {
        if (event instanceof LazyLoadReport lazy) {
            Counter.builder("ormkit.lazy.loads").description("Lazy loads outside a fetch plan (first per session)")
                    .tags("entity", lazy.entity(), "association", lazy.association(),
                            "discipline", lower(lazy.discipline().name()))
                    .register(meters).increment();
        } else if (event instanceof NPlusOneReport n) {
            Counter.builder("ormkit.n_plus_one.reports").description("N+1 statement patterns reported")
                    .tags("entity", n.entity(), "association", n.association())
                    .register(meters).increment();
        } else if (event instanceof RepositoryOperation operation) {
            operation(operation);
        } else if (event instanceof SoftDeleteEvent softDelete) {
            Counter.builder("ormkit.soft_delete.rows").description("Rows soft-deleted, restored or purged")
                    .baseUnit("rows").tags("entity", softDelete.entity(), "action", lower(softDelete.action().name()))
                    .register(meters).increment(softDelete.rows());
        } else if (event instanceof BulkImportEvent bulk) {
            Counter.builder("ormkit.bulk_import.rows").description("Rows written by BulkImport")
                    .baseUnit("rows").tags("entity", bulk.entity()).register(meters).increment(bulk.rows());
        }
    }

    private void operation(RepositoryOperation operation) {
        String outcome = lower(operation.outcome().name());
        DistributionSummary.builder("ormkit.repository.statements")
                .description("JDBC statements per repository operation").baseUnit("statements")
                .tags("entity", operation.entity(), "operation", operation.operation())
                .register(meters).record(operation.statements());
        switch (operation.outcome()) {
            case TIMEOUT -> Counter.builder("ormkit.query.timeouts").description("Queries cancelled at their timeout")
                    .tags("entity", operation.entity(), "operation", operation.operation())
                    .register(meters).increment();
            case REJECTED_CURSOR, REJECTED_PAGE_REQUEST -> Counter.builder("ormkit.requests.rejected")
                    .description("Cursors and page requests refused")
                    .tags("entity", operation.entity(), "operation", operation.operation(), "reason",
                            operation.outcome() == RepositoryOperation.Outcome.REJECTED_CURSOR ? "cursor" : "page_request")
                    .register(meters).increment();
            default -> { }
        }
        if (observations == null) {
            Timer.builder(OPERATION).description("Repository operations")
                    .tags("entity", operation.entity(), "operation", operation.operation(), "outcome", outcome)
                    .register(meters).record(operation.duration());
        }
    }

    @Override
    public OperationScope operationStarted(String entity, String operation) {
        ObservationRegistry registry = observations;
        if (registry == null || registry.isNoop()) {
            return OperationScope.NONE;
        }
        Observation observation = Observation.createNotStarted(OPERATION, registry)
                .contextualName(operation + " " + entity)
                .lowCardinalityKeyValue("db.system.name", "postgresql")
                .lowCardinalityKeyValue("db.operation.name", operation)
                .lowCardinalityKeyValue("entity", entity)
                .lowCardinalityKeyValue("operation", operation)
                .start();
        Observation.Scope scope = observation.openScope();
        return result -> {
            scope.close();
            observation.lowCardinalityKeyValue("outcome", lower(result.outcome().name()))
                    .highCardinalityKeyValue("ormkit.statements", Integer.toString(result.statements()));
            observation.stop();
        };
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
