package app.securebase.security;

import app.securebase.audit.AuditAction;
import app.securebase.audit.AuditOutcome;
import app.securebase.audit.AuditService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * Asks the signed-in user for their password again before an act that must be theirs (signing a session note), under
 * the sign-in lockout: a locked name is not checked at all, and a wrong password counts as a failed sign-in, so
 * guessing it here is no easier than at the sign-in page. Runs in the caller's transaction and answers instead of
 * throwing, so that a counted failure is committed with the caller's work.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.CLINICIAN_NAME, Role.CLIENT_NAME})
public class PasswordConfirmation {

    /** What the check decided; {@code lockedUntil} is set only for {@link Outcome#LOCKED}. */
    public record Result(Outcome outcome, Instant lockedUntil) {

        public boolean confirmed() {
            return outcome == Outcome.CONFIRMED;
        }
    }

    public enum Outcome {
        CONFIRMED, WRONG, LOCKED
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditService audit;

    /** Checks {@code password} against mine; a refusal is audited by the caller, a new lock here. */
    public Result confirm(char[] password) {
        Account me = accounts.me();
        Instant now = Instant.now();
        String key = SecretTokens.sha256Hex(String.valueOf(Account.normalizeEmail(me.getEmail())));
        SignInThrottle throttle = em.find(SignInThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
        char[] typed = password == null ? new char[0] : password;
        Optional<Instant> locked = throttle == null ? Optional.empty() : throttle.lockedAt(now);
        if (locked.isPresent()) {
            hasher.verifyDecoy(typed);
            return new Result(Outcome.LOCKED, locked.get());
        }
        if (typed.length > 0 && me.getPasswordHash() != null && hasher.verify(typed, me.getPasswordHash())) {
            if (throttle != null) {
                // Right at last: the failures are forgotten, as after a successful sign-in.
                em.remove(throttle);
            }
            return new Result(Outcome.CONFIRMED, null);
        }
        if (throttle == null) {
            throttle = new SignInThrottle(key);
            em.persist(throttle);
        }
        Optional<Instant> lock = throttle.recordFailure(now);
        if (lock.isPresent()) {
            audit.record(AuditAction.LOCKED_OUT, AuditOutcome.DENIED, "ACCOUNT", me.getId(), "until " + lock.get());
            return new Result(Outcome.LOCKED, lock.get());
        }
        return new Result(Outcome.WRONG, null);
    }
}
