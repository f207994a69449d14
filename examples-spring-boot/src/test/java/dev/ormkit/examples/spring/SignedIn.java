package dev.ormkit.examples.spring;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs a user in on this thread, as Spring Security's filters would for a request. */
final class SignedIn {

    private SignedIn() {}

    static void as(String user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
