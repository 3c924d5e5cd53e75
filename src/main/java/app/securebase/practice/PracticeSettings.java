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
    static final String REMINDERS_ENABLED = "reminders.enabled";
    static final String REMINDERS_HOUR = "reminders.hour";

    /** The reminder hour until an admin chooses one: early evening, after most working days. */
    public static final int DEFAULT_REMINDER_HOUR = 18;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    AccountService accounts;

    private volatile Boolean mfaRequiredForStaff;
    private volatile Boolean remindersEnabled;
    private volatile Integer reminderHour;

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

    /** Whether clients get the daily reminder email (package {@code reminders}); off until an admin turns it on. */
    @PermitAll
    public boolean isRemindersEnabled() {
        Boolean cached = remindersEnabled;
        if (cached == null) {
            PracticeSetting setting = em.find(PracticeSetting.class, REMINDERS_ENABLED);
            cached = setting != null && Boolean.parseBoolean(setting.getValue());
            remindersEnabled = cached;
        }
        return cached;
    }

    /** The hour of the day (0 to 23), on each client's own clock, from which their reminder email is sent. */
    @PermitAll
    public int getReminderHour() {
        Integer cached = reminderHour;
        if (cached == null) {
            PracticeSetting setting = em.find(PracticeSetting.class, REMINDERS_HOUR);
            cached = DEFAULT_REMINDER_HOUR;
            if (setting != null) {
                try {
                    int stored = Integer.parseInt(setting.getValue().strip());
                    cached = stored >= 0 && stored <= 23 ? stored : DEFAULT_REMINDER_HOUR;
                } catch (NumberFormatException e) {
                    // keeps the default: a hand-edited row must not stop the reminders
                }
            }
            reminderHour = cached;
        }
        return cached;
    }

    /**
     * Turns the reminder emails on or off and sets their hour; a change is audited, saving the same values is not.
     *
     * @throws IllegalArgumentException when {@code hour} is not 0 to 23
     */
    @RolesAllowed(Role.ADMIN_NAME)
    @Lock(LockType.WRITE)
    public void setReminders(boolean enabled, int hour) {
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("an hour of the day is 0 to 23, not " + hour);
        }
        if (enabled == isRemindersEnabled() && hour == getReminderHour()) {
            return;
        }
        store(REMINDERS_ENABLED, String.valueOf(enabled));
        store(REMINDERS_HOUR, String.valueOf(hour));
        remindersEnabled = enabled;
        reminderHour = hour;
        audit.record(AuditAction.REMINDER_SETTINGS_CHANGED, AuditOutcome.ALLOWED, "SETTING", null,
                REMINDERS_ENABLED + "=" + enabled + ", " + REMINDERS_HOUR + "=" + hour);
    }

    private void store(String name, String value) {
        PracticeSetting setting = em.find(PracticeSetting.class, name);
        if (setting == null) {
            em.persist(new PracticeSetting(name, value));
        } else {
            setting.setValue(value);
        }
    }
}
