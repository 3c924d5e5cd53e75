package app.securebase.security;

import app.securebase.audit.AuditAction;
import app.securebase.audit.AuditOutcome;
import app.securebase.audit.AuditService;
import app.securebase.practice.PracticeSettings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.OptionalLong;

/**
 * Setting up and removing the TOTP second factor of the signed-in staff member, and their recovery codes.
 *
 * <p>A secret is stored only once its owner has proved, with a code from their app, that the app has it; the first
 * code's time step is recorded as used. Recovery codes are shown once and stored as hashes.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.CLINICIAN_NAME})
public class SecondFactorService {

    public static final String ISSUER = "SecureBase";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    TotpService totp;

    @Inject
    PasswordHasher hasher;

    @Inject
    PracticeSettings settings;

    @Inject
    AuditService audit;

    /** A secret to offer the user and its QR code; nothing is stored yet. */
    public Enrollment startEnrollment() {
        String secret = totp.newSecret();
        String email = accounts.me().getEmail();
        return new Enrollment(secret, totp.qrDataUri(secret, email, ISSUER), totp.otpauthUri(secret, email, ISSUER));
    }

    public record Enrollment(String secret, String qrDataUri, String otpauthUri) implements java.io.Serializable {
    }

    /**
     * Stores the secret once the code proves the app has it.
     *
     * @return the recovery codes, to show once; empty when the code is wrong
     */
    public List<String> confirmEnrollment(String secret, String code) {
        OptionalLong step = totp.matchingTimeStep(secret, code);
        if (step.isEmpty()) {
            return List.of();
        }
        Account me = accounts.me();
        me.enableMfa(secret, step.getAsLong());
        List<String> codes = replaceRecoveryCodes(me);
        audit.record(AuditAction.MFA_ENABLED, AuditOutcome.ALLOWED, "ACCOUNT", me.getId(), null);
        return codes;
    }

    /** New recovery codes; the old ones stop working. */
    public List<String> regenerateRecoveryCodes() {
        Account me = accounts.me();
        if (!me.isMfaEnabled()) {
            throw new IllegalStateException("no second factor to recover");
        }
        List<String> codes = replaceRecoveryCodes(me);
        audit.record(AuditAction.MFA_ENABLED, AuditOutcome.ALLOWED, "ACCOUNT", me.getId(), "new recovery codes");
        return codes;
    }

    /**
     * Removes the second factor after checking the password; refused while the practice requires one for staff.
     *
     * @return false when the password is wrong or the practice requires a second factor
     */
    public boolean disable(char[] currentPassword) {
        Account me = accounts.me();
        if (settings.isMfaRequiredForStaff() || !hasher.verify(currentPassword, me.getPasswordHash())) {
            audit.record(AuditAction.MFA_DISABLED, AuditOutcome.DENIED, "ACCOUNT", me.getId(), null);
            return false;
        }
        me.disableMfa();
        em.createNamedQuery(MfaRecoveryCode.DELETE_FOR_ACCOUNT).setParameter("accountId", me.getId()).executeUpdate();
        audit.record(AuditAction.MFA_DISABLED, AuditOutcome.ALLOWED, "ACCOUNT", me.getId(), null);
        return true;
    }

    public long unusedRecoveryCodes() {
        return em.createNamedQuery(MfaRecoveryCode.COUNT_UNUSED, Long.class)
                .setParameter("accountId", accounts.me().getId())
                .getSingleResult();
    }

    private List<String> replaceRecoveryCodes(Account me) {
        em.createNamedQuery(MfaRecoveryCode.DELETE_FOR_ACCOUNT).setParameter("accountId", me.getId()).executeUpdate();
        List<String> codes = RecoveryCodes.generate();
        codes.forEach(code -> em.persist(new MfaRecoveryCode(me.getId(), RecoveryCodes.hash(code))));
        return codes;
    }
}
