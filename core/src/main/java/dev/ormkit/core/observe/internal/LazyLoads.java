package dev.ormkit.core.observe.internal;

import dev.ormkit.core.FetchDiscipline;
import dev.ormkit.core.internal.EntityNames;
import dev.ormkit.core.observe.LazyLoadReport;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.Metamodel;
import jakarta.persistence.metamodel.PluralAttribute;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.jspecify.annotations.Nullable;

/**
 * Reports a lazy load outside a fetch plan: once per entity, association and session, with the code location,
 * the repository read that loaded the owner (when there was one in this session) and the plan path that would
 * have loaded it up front.
 */
public final class LazyLoads {

    /** How deep the search for a plan path from the queried entity to the owner goes. */
    private static final int MAX_DEPTH = 4;

    private LazyLoads() {}

    /** Whether {@code key} (entity and association, or a to-one target) was reported in this session already. */
    public static boolean alreadyReported(SharedSessionContractImplementor session, String key) {
        SessionWatch watch = SessionWatch.ifPresent(session);
        return watch != null && watch.reported(key);
    }

    /**
     * Reports {@code owner.association} unless this session reported it already; {@code key} is the dedup key
     * ({@code owner.association}, or the to-one target when the association had to be searched for).
     */
    public static void report(SharedSessionContractImplementor session, String key, Class<?> ownerType,
            String association, FetchDiscipline discipline) {
        SessionWatch watch = SessionWatch.of(session);
        if (!watch.firstReport(key)) {
            return;
        }
        String owner = EntityNames.of(ownerType);
        SessionWatch.Read read = watch.lastRead();
        Metamodel metamodel = session.getFactory().getJpaMetamodel();
        String prefix = read == null ? null : pathTo(metamodel, read, ownerType);
        String loadedBy = read == null ? null : "EntityRepository<" + EntityNames.of(read.root()) + ">."
                + read.operation() + (read.planPaths().isEmpty() ? " without FetchPlan"
                        : " with FetchPlan" + read.planPaths());
        String suggested = prefix == null || prefix.isEmpty() ? association : prefix + "." + association;
        LazyLoadReport report = new LazyLoadReport(owner, association, Origins.current(), loadedBy, suggested,
                discipline);
        if (discipline == FetchDiscipline.REPORT) {
            ReportLog.lazyLoad(report); // in STRICT the exception says it all
        }
        Observers.of(session.getFactory()).publish(report);
    }

    /**
     * The path from the read's root entity to {@code target}: "" for the root itself, a plan path when the plan
     * reaches it, else the shortest association path (breadth first, a few levels deep), or null.
     */
    static @Nullable String pathTo(Metamodel metamodel, SessionWatch.Read read, Class<?> target) {
        if (read.root().isAssignableFrom(target)) {
            return "";
        }
        for (String path : read.planPaths()) {
            Class<?> type = walk(metamodel, read.root(), path);
            if (type != null && type.isAssignableFrom(target)) {
                return path;
            }
        }
        record Step(Class<?> type, String path, int depth) {}
        Deque<Step> queue = new ArrayDeque<>();
        Set<Class<?>> seen = new HashSet<>();
        queue.add(new Step(read.root(), "", 0));
        seen.add(read.root());
        while (!queue.isEmpty()) {
            Step step = queue.poll();
            EntityType<?> entity = entity(metamodel, step.type());
            if (entity == null || step.depth() >= MAX_DEPTH) {
                continue;
            }
            for (Attribute<?, ?> attribute : entity.getAttributes()) {
                Class<?> next = target(attribute);
                if (next == null || !seen.add(next)) {
                    continue;
                }
                String path = step.path().isEmpty() ? attribute.getName() : step.path() + "." + attribute.getName();
                if (next.isAssignableFrom(target)) {
                    return path;
                }
                queue.add(new Step(next, path, step.depth() + 1));
            }
        }
        return null;
    }

    private static @Nullable Class<?> walk(Metamodel metamodel, Class<?> root, String path) {
        Class<?> type = root;
        for (String name : path.split("\\.")) {
            EntityType<?> entity = entity(metamodel, type);
            if (entity == null) {
                return null;
            }
            try {
                type = target(entity.getAttribute(name));
            } catch (IllegalArgumentException unknown) {
                return null;
            }
            if (type == null) {
                return null;
            }
        }
        return type;
    }

    private static @Nullable Class<?> target(Attribute<?, ?> attribute) {
        if (!attribute.isAssociation()) {
            return null;
        }
        return attribute instanceof PluralAttribute<?, ?, ?> plural ? plural.getElementType().getJavaType()
                : attribute.getJavaType();
    }

    private static @Nullable EntityType<?> entity(Metamodel metamodel, Class<?> type) {
        try {
            return metamodel.entity(type);
        } catch (IllegalArgumentException notAnEntity) {
            return null;
        }
    }

    /** Remembers a repository read of this session, for the reports of lazy loads that follow it. */
    public static void read(Object session, Class<?> root, String operation, Set<String> planPaths) {
        SessionWatch.of(session).read(new SessionWatch.Read(root, operation, planPaths));
    }
}
