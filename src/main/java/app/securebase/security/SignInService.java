package app.securebase.security;

import app.securebase.audit.AuditAction;
import app.securebase.audit.AuditActor;
import app.securebase.audit.AuditOutcome;
import app.securebase.audit.AuditService;
import app.securebase.practice.PracticeSettings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Every check of a sign-in, in one place: lock-out, password, second factor, and the audit of each outcome.
 *
 * <p>It runs before anyone is authenticated, so it carries no role restriction; what it hands out is a
 * {@link SignInTickets ticket} that only the identity store accepts. Unknown names, wrong passwords and accounts
 * that cannot sign in take the same path and the same hashing time, and count against the same lock-out.
 */
@Stateless
public class SignInService {

    private static final String ACCOUNT = "ACCOUNT";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    TotpService totp;

    @Inject
    SignInTickets tickets;

    @Inject
    AuditService audit;

    @Inject
    PracticeSettings settings;

    public SignInResult checkPassword(String email, char[] password) {
        Instant now = Instant.now();
        SignInThrottle throttle = throttleFor(email);
        Optional<Instant> locked = throttle.lockedAt(now);
        if (locked.isPresent()) {
            hasher.verifyDecoy(password);
            audit.recordAs(AuditActor.anonymous(email), AuditAction.SIGN_IN_FAILED, AuditOutcome.DENIED, null, null,
                    "locked");
            return new SignInResult.Locked(locked.get());
        }
        Optional<Account> found = accounts.findByEmail(email);
        boolean passwordMatches;
        if (found.isPresent() && found.get().getPasswordHash() != null) {
            passwordMatches = hasher.verify(password, found.get().getPasswordHash());
        } else {
            hasher.verifyDecoy(password);
            passwordMatches = false;
        }
        if (!passwordMatches || !found.get().canSignIn()) {
            return refuse(email, throttle, now, found.map(Account::getId).orElse(null), "password");
        }
        Account account = found.get();
        forget(throttle);
        if (hasher.needsRehash(account.getPasswordHash())) {
            account.replacePasswordHash(hasher.hash(password));
        }
        if (account.isMfaEnabled()) {
            return new SignInResult.NeedsSecondFactor(account.getId());
        }
        return signedIn(account, null);
    }

    /** Checks an authenticator code, or failing that a recovery code, for an account whose password was right. */
    public SignInResult checkSecondFactor(long accountId, String code) {
        Instant now = Instant.now();
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null || !account.canSignIn() || !account.isMfaEnabled()) {
            return new SignInResult.Refused();
        }
        SignInThrottle throttle = throttleFor(account.getEmail());
        Optional<Instant> locked = throttle.lockedAt(now);
        if (locked.isPresent()) {
            return new SignInResult.Locked(locked.get());
        }
        OptionalLong step = totp.matchingTimeStep(account.getMfaSecret(), code);
        if (step.isPresent() && account.useMfaStep(step.getAsLong())) {
            forget(throttle);
            return signedIn(account, null);
        }
        Optional<MfaRecoveryCode> recovery = RecoveryCodes.normalize(code).flatMap(normalized ->
                em.createNamedQuery(MfaRecoveryCode.FIND_UNUSED, MfaRecoveryCode.class)
                        .setParameter("accountId", accountId)
                        .setParameter("hash", RecoveryCodes.hash(normalized))
                        .getResultStream().findFirst());
        if (recovery.isPresent()) {
            recovery.get().use(now);
            forget(throttle);
            return signedIn(account, AuditAction.MFA_RECOVERY_CODE_USED);
        }
        return refuse(account.getEmail(), throttle, now, accountId, "second factor");
    }

    private SignInResult signedIn(Account account, AuditAction alsoRecord) {
        AuditActor actor = new AuditActor(account.getId(), account.getEmail(), account.getRole().name());
        if (alsoRecord != null) {
            audit.recordAs(actor, alsoRecord, AuditOutcome.ALLOWED, ACCOUNT, account.getId(), null);
        }
        audit.recordAs(actor, AuditAction.SIGN_IN, AuditOutcome.ALLOWED, ACCOUNT, account.getId(), null);
        boolean mustEnroll = account.getRole() != Role.CLIENT && !account.isMfaEnabled()
                && settings.isMfaRequiredForStaff();
        return new SignInResult.SignedIn(tickets.issue(account.getId()), account.getId(), mustEnroll);
    }

    private SignInResult refuse(String email, SignInThrottle throttle, Instant now, Long accountId, String step) {
        Optional<Instant> lock = throttle.recordFailure(now);
        if (!em.contains(throttle)) {
            em.persist(throttle);
        }
        AuditActor actor = AuditActor.anonymous(email);
        audit.recordAs(actor, AuditAction.SIGN_IN_FAILED, AuditOutcome.DENIED, accountId == null ? null : ACCOUNT,
                accountId, step);
        if (lock.isPresent()) {
            audit.recordAs(actor, AuditAction.LOCKED_OUT, AuditOutcome.DENIED, accountId == null ? null : ACCOUNT,
                    accountId, "until " + lock.get());
            return new SignInResult.Locked(lock.get());
        }
        return new SignInResult.Refused();
    }

    private SignInThrottle throttleFor(String email) {
        String key = SecretTokens.sha256Hex(String.valueOf(Account.normalizeEmail(email)));
        SignInThrottle throttle = em.find(SignInThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
        // A name with no failures has no row; one is written only when a failure has to be counted.
        return throttle != null ? throttle : new SignInThrottle(key);
    }

    private void forget(SignInThrottle throttle) {
        if (em.contains(throttle)) {
            em.remove(throttle);
        }
    }
}
