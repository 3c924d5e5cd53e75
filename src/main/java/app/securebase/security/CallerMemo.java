package app.securebase.security;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;

/**
 * Who signed in to this request, once it has been looked up: nearly every service call and every audit row asks, and
 * the name-to-account look-up is a query each time. Holds the account's id, email and role, never the entity (an
 * entity belongs to one transaction). Work outside a request (timers, background exports) has no memo and looks up.
 */
@RequestScoped
public class CallerMemo {

    /** The caller as the audit trail and the services need it. */
    public record Caller(String name, long id, String email, Role role) {

        static Caller of(String name, Account account) {
            return new Caller(name, account.getId(), account.getEmail(), account.getRole());
        }
    }

    private Caller caller;

    Optional<Caller> recalled(String name) {
        return caller != null && caller.name().equals(name) ? Optional.of(caller) : Optional.empty();
    }

    void remember(Caller known) {
        caller = known;
    }

    /** The request's memo, or empty outside a request. */
    static Optional<CallerMemo> of(Instance<CallerMemo> memo) {
        try {
            CallerMemo current = memo.get();
            current.recalled("");
            return Optional.of(current);
        } catch (ContextNotActiveException outsideARequest) {
            return Optional.empty();
        }
    }
}
