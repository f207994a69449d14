package dev.ormkit.spring.boot.internal;

import dev.ormkit.audit.AuditorProvider;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The name of the authenticated principal of the current thread's security context, as Spring Data's
 * {@code AuditorAware} examples read it; empty for nobody or an anonymous user. Only loaded when Spring Security
 * is on the class path.
 */
public final class SpringSecurityAuditor implements AuditorProvider {

    @Override
    public Optional<String> currentAuditor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.ofNullable(authentication.getName());
    }
}
