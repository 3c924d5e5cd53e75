package app.securebase.security.web;

import jakarta.faces.context.ExternalContext;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Between the password step and the code step of a sign-in: which account got its password right, for five minutes,
 * kept in the (not yet authenticated) session.
 */
record PendingSecondFactor(long accountId, Instant expires) implements Serializable {

    private static final String KEY = "securebase.pendingSecondFactor";
    private static final Duration LIFETIME = Duration.ofMinutes(5);

    static void start(ExternalContext context, long accountId) {
        context.getSessionMap().put(KEY, new PendingSecondFactor(accountId, Instant.now().plus(LIFETIME)));
    }

    static Optional<PendingSecondFactor> current(ExternalContext context) {
        Object value = context.getSession(false) == null ? null : context.getSessionMap().get(KEY);
        return value instanceof PendingSecondFactor pending && pending.expires.isAfter(Instant.now())
                ? Optional.of(pending) : Optional.empty();
    }

    static void end(ExternalContext context) {
        if (context.getSession(false) != null) {
            context.getSessionMap().remove(KEY);
        }
    }
}
