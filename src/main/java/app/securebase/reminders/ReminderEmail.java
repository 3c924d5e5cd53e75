package app.securebase.reminders;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The reminder email's text, from the resource bundle ({@code reminders.email.*}). It says only that something is
 * waiting, where to sign in and how to stop these emails: no exercise, no clinician, no client name, nothing clinical,
 * since email passes through servers the practice does not control and is read on shared screens.
 *
 * @param subject the subject line
 * @param body    the plain-text body
 */
public record ReminderEmail(String subject, String body) {

    static final String BUNDLE = "app.securebase.i18n.messages";

    /**
     * @param practiceName the practice's name, or blank for none
     * @param signInUrl    the absolute address of the sign-in page
     */
    public static ReminderEmail of(String practiceName, String signInUrl) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        boolean named = practiceName != null && !practiceName.isBlank();
        String from = named
                ? format(texts.getString("reminders.email.fromPractice"), practiceName.strip())
                : texts.getString("reminders.email.fromNoPractice");
        String body = format(texts.getString("reminders.email.body"), from, signInUrl);
        return new ReminderEmail(texts.getString("reminders.email.subject"), body);
    }

    private static String format(String pattern, Object... params) {
        return new MessageFormat(pattern, Locale.ENGLISH).format(params);
    }
}
