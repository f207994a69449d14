package dev.ormkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.audit.AuditorProvider;
import dev.ormkit.spring.boot.app.Customer;
import dev.ormkit.spring.boot.app.CustomerRepository;
import dev.ormkit.spring.boot.app.ShopApplication;
import dev.ormkit.spring.boot.app.Ticket;
import dev.ormkit.spring.boot.app.TicketRepository;
import dev.ormkit.spring.boot.test.AutoConfigureTestPostgres;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** An {@link AuditorProvider} bean names the actor; it wins over a signed-in Spring Security user. */
@AutoConfigureTestPostgres
@SpringBootTest(classes = {ShopApplication.class, AuditorFromBeanTest.Auditor.class})
class AuditorFromBeanTest {

    static final AtomicReference<String> ACTOR = new AtomicReference<>();

    @TestConfiguration
    static class Auditor {
        @Bean
        AuditorProvider auditorProvider() {
            return () -> Optional.ofNullable(ACTOR.get());
        }
    }

    @Autowired
    TicketRepository tickets;

    @Autowired
    CustomerRepository customers;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAuditorProviderBeanNamesTheActorOfEveryWrite() {
        ACTOR.set("importer");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("dr-ada", null, List.of()));
        try {
            Ticket ticket = tickets.save(new Ticket("flu", customers.save(new Customer("Ada"))));
            ACTOR.set("cleaner");
            tickets.delete(ticket);

            assertThat(AuditorFromSpringSecurityTest.actors(jdbc, ticket.getId()))
                    .containsExactly("importer", "cleaner");
        } finally {
            SecurityContextHolder.clearContext();
            ACTOR.set(null);
        }
    }
}
