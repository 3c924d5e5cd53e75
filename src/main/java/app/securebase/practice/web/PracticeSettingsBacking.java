package app.securebase.practice.web;

import app.securebase.platform.MailService;
import app.securebase.platform.web.Texts;
import app.securebase.practice.PracticeSettings;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;

/** Backs {@code /admin/settings.xhtml}: practice-wide rules an admin switches at run time; also the reminder emails. */
@Named
@ViewScoped
public class PracticeSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<Integer> HOURS = IntStream.range(0, 24).boxed().toList();

    @Inject
    transient PracticeSettings settings;

    @Inject
    transient MailService mail;

    private boolean mfaRequiredForStaff;
    private boolean remindersEnabled;
    private int reminderHour;

    @PostConstruct
    void load() {
        mfaRequiredForStaff = settings.isMfaRequiredForStaff();
        remindersEnabled = settings.isRemindersEnabled();
        reminderHour = settings.getReminderHour();
    }

    public void saveReminders() {
        settings.setReminders(remindersEnabled, reminderHour);
        Texts.info("reminders.settings.saved");
    }

    /** The hours an admin chooses from, 0 to 23. */
    public List<Integer> getHours() {
        return HOURS;
    }

    /** Whether this server can send email at all; without it the page says reminders stay in the app. */
    public boolean isMailConfigured() {
        return mail.isConfigured();
    }

    public boolean isRemindersEnabled() {
        return remindersEnabled;
    }

    public void setRemindersEnabled(boolean remindersEnabled) {
        this.remindersEnabled = remindersEnabled;
    }

    public int getReminderHour() {
        return reminderHour;
    }

    public void setReminderHour(int reminderHour) {
        this.reminderHour = reminderHour;
    }

    public void save() {
        if (settings.setMfaRequiredForStaff(mfaRequiredForStaff)) {
            Texts.info("admin.settings.saved");
        } else {
            mfaRequiredForStaff = false;
            Texts.error("admin.settings.mfaFirst");
        }
    }

    public boolean isMfaRequiredForStaff() {
        return mfaRequiredForStaff;
    }

    public void setMfaRequiredForStaff(boolean mfaRequiredForStaff) {
        this.mfaRequiredForStaff = mfaRequiredForStaff;
    }
}
