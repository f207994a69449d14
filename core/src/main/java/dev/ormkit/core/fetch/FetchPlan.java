package dev.ormkit.core.fetch;

import dev.ormkit.core.internal.CallerText;
import jakarta.persistence.metamodel.Attribute;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The associations to load together with a query's rows, named as dotted paths from the queried entity
 * ({@code "owner"}, {@code "pets.visits"}) or as static-metamodel paths. Immutable.
 *
 * <p>How each is loaded: to-one associations by a join in the query that loads their parent; each
 * collection level by one {@code IN} select over all parents of that level (a join fetch of that collection
 * only, so rows never multiply across collections). A page of 50 owners with their pets and each pet's visits
 * is three statements whatever the page size. Paths are checked against the metamodel when the query runs;
 * an unknown path fails with {@link InvalidFetchPlanException}.
 *
 * <pre>{@code
 * FetchPlan plan = FetchPlan.of("pets.visits", "address");
 * FetchPlan typed = FetchPlan.path(Owner_.pets, Pet_.visits);
 * Page<Owner> page = owners.page(QuerySpec.<Owner>all().fetch(plan), PageRequest.ofSize(50));
 * }</pre>
 *
 * <p>Naming {@code "pets.visits"} also loads {@code "pets"}.
 */
public final class FetchPlan {

    private static final FetchPlan NONE = new FetchPlan(Set.of());

    private final Set<String> paths;

    private FetchPlan(Set<String> paths) {
        this.paths = paths;
    }

    /** A plan that loads nothing beyond the rows themselves. */
    public static FetchPlan none() {
        return NONE;
    }

    /** A plan loading these dotted paths, for example {@code "pets.visits"}. */
    public static FetchPlan of(String... paths) {
        return NONE.and(paths);
    }

    /** A plan loading one path given as static-metamodel attributes: {@code path(Owner_.pets, Pet_.visits)}. */
    public static FetchPlan path(Attribute<?, ?>... attributes) {
        return NONE.andPath(attributes);
    }

    /** This plan plus more dotted paths. */
    public FetchPlan and(String... more) {
        Set<String> all = new LinkedHashSet<>(paths);
        for (String path : more) {
            Objects.requireNonNull(path, "fetch paths must not be null");
            if (path.isBlank() || path.startsWith(".") || path.endsWith(".") || path.contains("..")) {
                throw new InvalidFetchPlanException("Fetch path " + CallerText.show(path) + " is malformed. Write "
                        + "property names separated by dots, for example \"pets.visits\".");
            }
            all.add(path.strip());
        }
        return new FetchPlan(Set.copyOf(all));
    }

    /** This plan plus one path given as static-metamodel attributes. */
    public FetchPlan andPath(Attribute<?, ?>... attributes) {
        List<String> names = new ArrayList<>();
        for (Attribute<?, ?> attribute : attributes) {
            names.add(Objects.requireNonNull(attribute, "attributes must not be null").getName());
        }
        return and(String.join(".", names));
    }

    /** The dotted paths, in no particular order. */
    public Set<String> paths() {
        return paths;
    }

    /** Whether the plan names nothing. */
    public boolean isEmpty() {
        return paths.isEmpty();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof FetchPlan plan && plan.paths.equals(paths);
    }

    @Override
    public int hashCode() {
        return paths.hashCode();
    }

    @Override
    public String toString() {
        return paths.stream().sorted().collect(Collectors.joining(", ", "FetchPlan[", "]"));
    }
}
