package app.securebase.reminders;

/** An active client with reminder emails on and homework waiting: someone a run may email. */
public record ReminderCandidate(long clientId, String email, String timeZone) {
}
