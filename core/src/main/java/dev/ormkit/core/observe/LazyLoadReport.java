package dev.ormkit.core.observe;

import dev.ormkit.core.FetchDiscipline;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A lazy load that no fetch plan asked for, reported once per entity, association and session: in
 * {@link FetchDiscipline#REPORT} mode it was served (one extra query), in {@link FetchDiscipline#STRICT} mode it
 * was stopped with an exception.
 *
 * <pre>{@code
 * // entity=Pet association=visits origin=com.acme.Clinic.report(Clinic.java:42) suggestedPath=pets.visits
 * }</pre>
 *
 * @param entity the entity whose association loaded, for example {@code Pet} (bounded)
 * @param association the association, for example {@code visits} (bounded)
 * @param origin the first stack frame outside ormkit, Hibernate, the JDK and common frameworks, as
 *     {@code class.method(File.java:line)}; {@code "unknown"} when none was found (one value per call site)
 * @param loadedBy the repository operation and fetch plan that loaded the owner, for example
 *     {@code "EntityRepository<Owner>.page, FetchPlan[pets]"}, or {@code null} when not known
 * @param suggestedPath the {@code FetchPlan} path that would have loaded it up front: relative to the entity
 *     {@code loadedBy} queried when known ({@code pets.visits}), else the association itself ({@code visits})
 * @param discipline what happened: {@code REPORT} (served) or {@code STRICT} (stopped)
 */
public record LazyLoadReport(String entity, String association, String origin, @Nullable String loadedBy,
        String suggestedPath, FetchDiscipline discipline) implements OrmKitEvent {

    /** {@link #loadedBy()} as an {@code Optional}. */
    public Optional<String> loadedByIfKnown() {
        return Optional.ofNullable(loadedBy);
    }
}
