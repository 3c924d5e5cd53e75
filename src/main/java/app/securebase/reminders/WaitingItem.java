package app.securebase.reminders;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One piece of homework waiting for the client, as the notifications list shows it: a link, a title, its day. Pages
 * call the accessors as methods ({@code #{item.title()}}): Expression Language 5 does not see record components as
 * properties.
 */
public record WaitingItem(long occurrenceId, String title, LocalDate dueDay, Instant dueAt) {

    /** Its due time has passed (it is still welcome). */
    public boolean isEarlier(Instant now) {
        return dueAt.isBefore(now);
    }
}
