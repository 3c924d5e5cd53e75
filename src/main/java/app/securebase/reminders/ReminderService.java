package app.securebase.reminders;

import app.securebase.audit.AuditAction;
import app.securebase.audit.AuditOutcome;
import app.securebase.audit.AuditService;
import app.securebase.security.Account;
import app.securebase.security.AccountService;
import app.securebase.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.Instant;
import java.util.List;

/**
 * Reminders as the client sees them: what is waiting (the header's notifications) and their choice about reminder
 * emails. Every method works on the signed-in client's own homework only.
 *
 * <p>The header asks on every client page, so the look-ups go by the caller's sign-in name in the same statement
 * rather than loading the account first: one statement per page.
 */
@Stateless
@RolesAllowed(Role.CLIENT_NAME)
public class ReminderService {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext securityContext;

    /** Only when nobody is signed in on the request: a bean running with {@code @RunAs} (see AccountService#me). */
    @Resource
    SessionContext sessionContext;

    @Inject
    AccountService accounts;

    @Inject
    AuditService audit;

    /** My waiting homework, oldest due first, at most {@code max} of it. */
    public List<WaitingItem> waiting(int max) {
        Instant now = Instant.now();
        return Waiting.bind(em.createQuery(
                        "SELECT NEW app.securebase.reminders.WaitingItem(o.id, v.title, o.dueDay, o.dueAt)"
                        + " FROM ExerciseOccurrence o JOIN o.assignment a JOIN a.exerciseVersion v"
                        + " WHERE o.client.email = :me AND " + Waiting.OPEN + " ORDER BY o.dueAt, o.id",
                        WaitingItem.class), now)
                .setParameter("me", callerName())
                .setMaxResults(max)
                .getResultList();
    }

    /** How much homework is waiting for me in all. */
    public long waitingCount() {
        return Waiting.bind(em.createQuery("SELECT COUNT(o) FROM ExerciseOccurrence o"
                        + " WHERE o.client.email = :me AND " + Waiting.OPEN, Long.class), Instant.now())
                .setParameter("me", callerName())
                .getSingleResult();
    }

    /** Turns my reminder emails on or off; recorded as a change to my account. */
    public void chooseEmailReminders(boolean wanted) {
        Account me = accounts.me();
        if (me.isEmailReminders() != wanted) {
            me.chooseEmailReminders(wanted);
            audit.record(AuditAction.ACCOUNT_UPDATED, AuditOutcome.ALLOWED, "ACCOUNT", me.getId(),
                    "email reminders " + (wanted ? "on" : "off"));
        }
    }

    private String callerName() {
        Principal caller = securityContext.getCallerPrincipal();
        if (caller == null) {
            caller = sessionContext.getCallerPrincipal();
        }
        return Account.normalizeEmail(caller.getName());
    }
}
