package app.securebase.security;

import app.securebase.audit.AuditAction;
import app.securebase.audit.AuditOutcome;
import app.securebase.audit.AuditService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.Optional;

/**
 * Accounts as their owners see them: look-ups for sign-in and the header, and each user's own settings (name, time
 * zone, password). Managing other people's accounts is in {@code practice}.
 */
@Stateless
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    /** The person signed in on this web request, as Jakarta Security authenticated them. */
    @Inject
    SecurityContext securityContext;

    /**
     * The EJB view of the caller, asked only when no one is signed in on the request: a bean running with
     * {@code @RunAs} (the in-container tests' helpers). The request's own caller always comes first, so an identity
     * an earlier piece of work left on a pooled thread can never stand in for the person signed in.
     */
    @Resource
    SessionContext sessionContext;

    @Inject
    AuditService audit;

    @Inject
    Instance<CallerMemo> memo;

    @PermitAll
    public Optional<Account> findByEmail(String email) {
        return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream()
                .findFirst();
    }

    /**
     * The account of the person signed in under {@code name}: looked up by email once per request, then by id (which
     * costs nothing more within one transaction).
     */
    @PermitAll
    public Optional<Account> findSignedIn(String name) {
        Optional<CallerMemo> requestMemo = CallerMemo.of(memo);
        Optional<Account> recalled = requestMemo.flatMap(m -> m.recalled(name))
                .map(c -> em.find(Account.class, c.id()))
                .filter(account -> account.getEmail().equals(Account.normalizeEmail(name)));
        if (recalled.isPresent()) {
            return recalled;
        }
        Optional<Account> found = findByEmail(name);
        found.ifPresent(account -> requestMemo.ifPresent(m -> m.remember(CallerMemo.Caller.of(name, account))));
        return found;
    }

    /** Id, email and role of the person signed in under {@code name}, without a query after the first in a request. */
    @PermitAll
    public Optional<CallerMemo.Caller> callerFacts(String name) {
        Optional<CallerMemo.Caller> recalled = CallerMemo.of(memo).flatMap(m -> m.recalled(name));
        return recalled.isPresent() ? recalled : findSignedIn(name).map(account -> CallerMemo.Caller.of(name, account));
    }

    @PermitAll
    public Optional<Account> findById(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @PermitAll
    public long countActive(Role role) {
        return em.createNamedQuery(Account.COUNT_ACTIVE_BY_ROLE, Long.class)
                .setParameter("role", role)
                .getSingleResult();
    }

    /** For start-up only (demo accounts, the bootstrap admin): the account can sign in at once. */
    @PermitAll
    public Account createActive(String email, String displayName, Role role, char[] password) {
        Account account = new Account(email, displayName, role, hasher.hash(password));
        em.persist(account);
        return account;
    }

    /** For demo data only: a client on {@code clinician}'s caseload who can sign in at once. */
    @PermitAll
    public Account createActiveClient(String email, String displayName, Account clinician, char[] password) {
        Account client = Account.invitedClient(email, displayName, null, null, clinician);
        client.setPasswordFromLink(hasher.hash(password));
        em.persist(client);
        return client;
    }

    /** The signed-in user's own account. */
    @RolesAllowed({Role.ADMIN_NAME, Role.CLINICIAN_NAME, Role.CLIENT_NAME})
    public Account me() {
        return findSignedIn(callerName()).orElseThrow();
    }

    /**
     * The signed-in user's account id, for a query that needs only the id: no statement after the first look-up in a
     * request (where {@link #me()} loads the entity into each transaction that asks).
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.CLINICIAN_NAME, Role.CLIENT_NAME})
    public long myId() {
        return callerFacts(callerName()).orElseThrow().id();
    }

    private String callerName() {
        Principal caller = securityContext.getCallerPrincipal();
        if (caller == null) {
            caller = sessionContext.getCallerPrincipal();
        }
        return caller.getName();
    }

    /** Remembers the reader's text size for me; returns the step kept (clamped to the allowed range). */
    @RolesAllowed({Role.ADMIN_NAME, Role.CLINICIAN_NAME, Role.CLIENT_NAME})
    public int chooseReaderTextStep(int step) {
        Account me = me();
        me.chooseReaderTextStep(step);
        return me.getReaderTextStep();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.CLINICIAN_NAME, Role.CLIENT_NAME})
    public void updateProfile(String displayName, String timeZone) {
        Account me = me();
        me.updateProfile(displayName, timeZone);
        audit.record(AuditAction.ACCOUNT_UPDATED, AuditOutcome.ALLOWED, "ACCOUNT", me.getId(), "profile");
    }

    /**
     * Changes the signed-in user's password after checking the current one.
     *
     * @throws PasswordRejectedException with the policy's reasons, or when the current password is wrong
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.CLINICIAN_NAME, Role.CLIENT_NAME})
    public void changePassword(char[] currentPassword, String newPassword) {
        Account me = me();
        if (!hasher.verify(currentPassword, me.getPasswordHash())) {
            audit.record(AuditAction.PASSWORD_CHANGED, AuditOutcome.DENIED, "ACCOUNT", me.getId(), "wrong current password");
            throw new PasswordRejectedException(List.of(PasswordRejectedException.WRONG_CURRENT_PASSWORD));
        }
        List<String> problems = PasswordPolicy.check(newPassword, me.getEmail()).stream()
                .map(PasswordPolicy.Violation::messageKey).toList();
        if (!problems.isEmpty()) {
            throw new PasswordRejectedException(problems);
        }
        me.replacePasswordHash(hasher.hash(newPassword.toCharArray()));
        audit.record(AuditAction.PASSWORD_CHANGED, AuditOutcome.ALLOWED, "ACCOUNT", me.getId(), null);
    }
}
