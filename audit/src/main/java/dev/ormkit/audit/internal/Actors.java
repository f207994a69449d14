package dev.ormkit.audit.internal;

import dev.ormkit.audit.Auditing;
import dev.ormkit.audit.AuditorProvider;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The actor of a write: the scoped override, else the application's provider, else the system actor. */
public record Actors(@Nullable AuditorProvider provider, String systemActor) {

    /** Reads the provider and the system actor from Hibernate properties, failing clearly on bad values. */
    public static Actors from(java.util.Map<String, Object> properties) {
        Object provider = properties.get(Auditing.AUDITOR_PROVIDER);
        if (provider != null && !(provider instanceof AuditorProvider)) {
            throw new dev.ormkit.core.OrmKitConfigurationException("Property " + Auditing.AUDITOR_PROVIDER
                    + " must be an AuditorProvider instance, but is a " + provider.getClass().getName()
                    + ". Put the provider object itself into the properties (OrmKit.builder().property(...)).");
        }
        Object system = properties.getOrDefault(Auditing.SYSTEM_ACTOR, Auditing.DEFAULT_SYSTEM_ACTOR);
        if (!(system instanceof String name) || name.isBlank()) {
            throw new dev.ormkit.core.OrmKitConfigurationException("Property " + Auditing.SYSTEM_ACTOR
                    + " must be a non-blank string such as \"system\", but is '" + system + "'.");
        }
        return new Actors((AuditorProvider) provider, name);
    }

    public String current() {
        String scoped = ActorScopes.actor();
        if (scoped != null) {
            return scoped;
        }
        if (provider != null) {
            Optional<String> known = provider.currentAuditor();
            if (known != null && known.isPresent() && !known.get().isBlank()) {
                return known.get();
            }
        }
        return systemActor;
    }
}
