package app.securebase.insights;

import app.securebase.tracking.CompletionRules;
import app.securebase.tracking.OccurrenceFacts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Completion per week for the client page's chart: of the occurrences whose due time falls in a week, how many were
 * due and how many of those were completed.
 *
 * <p>What counts is {@link CompletionRules}, the rules of the caseload dashboard: an occurrence counts once its due
 * time has passed (one sent early joins its week then), cancelled ones never, and a late submission counts as
 * completed.
 */
public final class WeeklyCompletion {

    /** What the chart needs of one occurrence. */
    public record Facts(Instant dueAt, Instant submittedAt, Instant cancelledAt) {
    }

    /** One week: its Monday, the occurrences due in it and how many of them were completed. */
    public record Week(LocalDate start, int due, int completed) {
    }

    private WeeklyCompletion() {
    }

    public static List<Week> of(List<Facts> occurrences, List<LocalDate> weekStarts, ZoneId zone, Instant now) {
        int[] due = new int[weekStarts.size()];
        int[] completed = new int[weekStarts.size()];
        for (Facts o : occurrences) {
            OccurrenceFacts facts = new OccurrenceFacts(o.dueAt(), o.cancelledAt(), o.submittedAt(), null);
            int week = Weeks.indexOf(weekStarts, o.dueAt().atZone(zone).toLocalDate());
            if (week < 0 || !CompletionRules.countsAsDue(facts, now)) {
                continue;
            }
            due[week]++;
            if (CompletionRules.isCompleted(facts, now)) {
                completed[week]++;
            }
        }
        List<Week> weeks = new ArrayList<>();
        for (int i = 0; i < weekStarts.size(); i++) {
            weeks.add(new Week(weekStarts.get(i), due[i], completed[i]));
        }
        return List.copyOf(weeks);
    }

    /** Whether any week had anything due: an all-zero chart is shown as an empty state instead. */
    public static boolean anyDue(List<Week> weeks) {
        return weeks.stream().anyMatch(w -> w.due() > 0);
    }
}
