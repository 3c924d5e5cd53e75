package app.securebase.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Short-lived, single-use tickets between "all factors checked" and Jakarta Security's authentication in the same
 * request. Held in memory: SecureBase runs single-node, and a ticket lives for seconds.
 */
@ApplicationScoped
public class SignInTickets {

    private static final Duration LIFETIME = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Ticket(long accountId, Instant expires) {
    }

    private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();

    public String issue(long accountId) {
        Instant now = Instant.now();
        tickets.values().removeIf(ticket -> ticket.expires.isBefore(now));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tickets.put(value, new Ticket(accountId, now.plus(LIFETIME)));
        return value;
    }

    /** The account the ticket was issued for; the ticket is spent either way. */
    public Optional<Long> redeem(String value) {
        Ticket ticket = value == null ? null : tickets.remove(value);
        return ticket == null || ticket.expires.isBefore(Instant.now()) ? Optional.empty() : Optional.of(ticket.accountId);
    }
}
