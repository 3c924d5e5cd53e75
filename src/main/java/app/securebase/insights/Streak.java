package app.securebase.insights;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * A client's streak: the number of consecutive days, each with at least one submitted entry, that ends today or
 * yesterday. Yesterday counts so that a streak is not "broken" in the morning before today's entry; a gap of a whole
 * day ends it. Days are the client's own calendar days.
 */
public final class Streak {

    private Streak() {
    }

    /** The streak ending today or yesterday; 0 when neither day has a submission. */
    public static int days(Collection<LocalDate> submissionDays, LocalDate today) {
        Set<LocalDate> days = new TreeSet<>(submissionDays);
        LocalDate day = days.contains(today) ? today : today.minusDays(1);
        int count = 0;
        while (days.contains(day)) {
            count++;
            day = day.minusDays(1);
        }
        return count;
    }
}
