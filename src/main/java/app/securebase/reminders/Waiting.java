package app.securebase.reminders;

import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;

/**
 * What counts as "waiting" for a client, once, for the notifications and the reminder emails alike: homework not
 * sent and not cancelled whose day has begun on the client's clock (due today, or due earlier and still open), no
 * older than the two weeks the client's Today page lists. Every query with it reads the index
 * {@code exercise_occurrence (client_id, due_at)}.
 */
final class Waiting {

    /** The same window as Today's "overdue" list ({@code homework.EntryService}): older work is not nagged about. */
    static final Duration WINDOW = Duration.ofDays(14);

    /** A JPQL condition on the occurrence {@code o}; bind its parameters with {@link #bind}. */
    static final String OPEN = "o.submittedAt IS NULL AND o.cancelledAt IS NULL"
            + " AND o.dueAt > :waitingFrom AND o.availableFrom <= :waitingNow";

    private Waiting() {
    }

    static <T> TypedQuery<T> bind(TypedQuery<T> query, Instant now) {
        return query.setParameter("waitingFrom", now.minus(WINDOW)).setParameter("waitingNow", now);
    }
}
