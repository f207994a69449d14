package dev.ormkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.spring.boot.app.Customer;
import dev.ormkit.spring.boot.app.CustomerRepository;
import dev.ormkit.spring.boot.app.ShopApplication;
import dev.ormkit.spring.boot.app.Ticket;
import dev.ormkit.spring.boot.app.TicketRepository;
import dev.ormkit.spring.boot.test.AutoConfigureTestPostgres;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * With no {@code AuditorProvider} bean, the actor is the signed-in Spring Security user, else
 * {@code ormkit.system-actor}: created_by and deleted_by read back with plain JDBC.
 */
@AutoConfigureTestPostgres
@SpringBootTest(classes = ShopApplication.class, properties = "ormkit.system-actor=scheduler")
class AuditorFromSpringSecurityTest {

    @Autowired
    TicketRepository tickets;

    @Autowired
    CustomerRepository customers;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theSignedInUserIsTheActor() {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("dr-ada", null, List.of()));
        Ticket ticket = tickets.save(new Ticket("flu", customers.save(new Customer("Ada"))));

        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("dr-bob", null, List.of()));
        tickets.deleteById(ticket.getId());

        assertThat(actors(jdbc, ticket.getId())).containsExactly("dr-ada", "dr-bob");
    }

    @Test
    void nobodyOrAnAnonymousUserMeansTheSystemActor() {
        Ticket ticket = tickets.save(new Ticket("cough", customers.save(new Customer("Grace"))));
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        tickets.delete(ticket);

        assertThat(actors(jdbc, ticket.getId())).containsExactly("scheduler", "scheduler");
    }

    /** created_by and deleted_by of a ticket. */
    static List<String> actors(JdbcTemplate jdbc, UUID id) {
        return jdbc.queryForObject("select created_by, deleted_by from ticket where id = ?",
                (row, n) -> List.of(row.getString(1), row.getString(2)), id);
    }
}
