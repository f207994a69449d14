package dev.ormkit.spring.boot.internal;

import dev.ormkit.audit.AuditorProvider;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Asks the application's {@link AuditorProvider} bean, or Spring Security when there is none. The bean is looked
 * up at the first write, not when the {@code EntityManagerFactory} starts: a provider that uses a repository would
 * otherwise depend on the factory it is configuring.
 */
final class SpringAuditor implements AuditorProvider {

    private final ObjectProvider<AuditorProvider> beans;
    private final @Nullable AuditorProvider security;
    private volatile @Nullable AuditorProvider resolved;

    SpringAuditor(ObjectProvider<AuditorProvider> beans, @Nullable AuditorProvider security) {
        this.beans = beans;
        this.security = security;
    }

    @Override
    public Optional<String> currentAuditor() {
        AuditorProvider delegate = resolved;
        if (delegate == null) {
            AuditorProvider bean = beans.getIfUnique();
            delegate = bean != null ? bean : security != null ? security : Optional::empty;
            resolved = delegate;
        }
        return delegate.currentAuditor();
    }
}
