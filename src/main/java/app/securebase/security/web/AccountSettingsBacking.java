package app.securebase.security.web;

import app.securebase.platform.web.Texts;
import app.securebase.reminders.ReminderService;
import app.securebase.security.Account;
import app.securebase.security.AccountService;
import app.securebase.security.PasswordRejectedException;
import app.securebase.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;

/**
 * Backs {@code /account/settings.xhtml}: the signed-in user's name, time zone and password, and for clients whether
 * they get reminder emails.
 */
@Named
@ViewScoped
public class AccountSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AccountSettingsBacking.class.getName());
    // UTC too: accounts start in it (Account's default), and without it the menu would show, and save, another zone.
    private static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> "UTC".equals(zone)
                    || zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted()
            .toList();

    @Inject
    transient AccountService accounts;

    @Inject
    transient ReminderService reminders;

    private String displayName;
    private String timeZone;
    private boolean client;
    private boolean emailReminders;
    private transient String currentPassword;
    private transient String newPassword;
    private transient String confirmation;

    @PostConstruct
    void load() {
        Account me = accounts.me();
        displayName = me.getDisplayName();
        timeZone = me.getTimeZone();
        client = me.getRole() == Role.CLIENT;
        emailReminders = me.isEmailReminders();
    }

    public void saveReminders() {
        reminders.chooseEmailReminders(emailReminders);
        Texts.info(emailReminders ? "reminders.account.savedOn" : "reminders.account.savedOff");
    }

    public boolean isClient() {
        return client;
    }

    public boolean isEmailReminders() {
        return emailReminders;
    }

    public void setEmailReminders(boolean emailReminders) {
        this.emailReminders = emailReminders;
    }

    public void saveProfile() {
        accounts.updateProfile(displayName, timeZone);
        Texts.info("account.profile.saved");
    }

    public void changePassword() {
        try {
            if (!newPassword.equals(confirmation)) {
                Texts.error("passwordForm:confirm", "setPassword.mismatch");
                return;
            }
            accounts.changePassword(currentPassword.toCharArray(), newPassword);
            Texts.info("account.password.saved");
        } catch (PasswordRejectedException rejected) {
            String field = rejected.messageKeys().contains(PasswordRejectedException.WRONG_CURRENT_PASSWORD)
                    ? "passwordForm:current" : "passwordForm:newPassword";
            rejected.messageKeys().forEach(key -> Texts.error(field, key));
            LOG.info(() -> "Password change refused: " + rejected.messageKeys());
        } finally {
            currentPassword = null;
            newPassword = null;
            confirmation = null;
        }
    }

    public List<String> getTimeZones() {
        return TIME_ZONES;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
