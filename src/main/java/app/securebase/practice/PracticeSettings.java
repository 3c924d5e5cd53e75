package app.securebase.practice;

import app.securebase.audit.AuditAction;
import app.securebase.audit.AuditOutcome;
import app.securebase.audit.AuditService;
import app.securebase.security.AccountService;
import app.securebase.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Practice-wide settings, read on every staff request (the second-factor rule), so they are cached here and the
 * cache is replaced in the same call that changes the database. SecureBase runs single-node, so this one copy is
 * the only cache there is.
 */
@Singleton
@Lock(LockType.READ)
public class PracticeSettings {

    static final String MFA_REQUIRED_FOR_STAFF = "mfa.requiredForStaff";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    AccountService accounts;

    private volatile Boolean mfaRequiredForStaff;

    /** Whether admins and clinicians must use a second factor. */
    @PermitAll
    public boolean isMfaRequiredForStaff() {
        Boolean cached = mfaRequiredForStaff;
        if (cached == null) {
            PracticeSetting setting = em.find(PracticeSetting.class, MFA_REQUIRED_FOR_STAFF);
            cached = setting != null && Boolean.parseBoolean(setting.getValue());
            mfaRequiredForStaff = cached;
        }
        return cached;
    }

    /**
     * Requires (or stops requiring) a second factor for staff. An admin without one of their own cannot require it:
     * they would lock themselves out of this very page until they set one up.
     *
     * @return false when refused for that reason
     */
    @RolesAllowed(Role.ADMIN_NAME)
    @Lock(LockType.WRITE)
    public boolean setMfaRequiredForStaff(boolean required) {
        if (required && !accounts.me().isMfaEnabled()) {
            return false;
        }
        PracticeSetting setting = em.find(PracticeSetting.class, MFA_REQUIRED_FOR_STAFF);
        if (setting == null) {
            em.persist(new PracticeSetting(MFA_REQUIRED_FOR_STAFF, String.valueOf(required)));
        } else {
            setting.setValue(String.valueOf(required));
        }
        mfaRequiredForStaff = required;
        audit.record(AuditAction.SETTINGS_CHANGED, AuditOutcome.ALLOWED, "SETTING", null,
                MFA_REQUIRED_FOR_STAFF + "=" + required);
        return true;
    }
}
