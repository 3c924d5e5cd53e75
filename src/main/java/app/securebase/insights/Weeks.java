package app.securebase.insights;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** Calendar weeks as the charts count them: Monday to Sunday, on the client's own calendar. */
public final class Weeks {

    /** How far back the charts look: twelve weeks, this one included. */
    public static final int CHART_WEEKS = 12;

    private Weeks() {
    }

    /** The Monday of the week that holds {@code day}. */
    public static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The Mondays of the {@code count} weeks that end with the week of {@code today}, oldest first. */
    public static List<LocalDate> lastWeeks(LocalDate today, int count) {
        LocalDate thisWeek = monday(today);
        List<LocalDate> starts = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            starts.add(thisWeek.minusWeeks(i));
        }
        return List.copyOf(starts);
    }

    /** The index of the week of {@code day} among {@code starts} (as {@link #lastWeeks} gives them), or -1 outside. */
    static int indexOf(List<LocalDate> starts, LocalDate day) {
        if (starts.isEmpty() || day.isBefore(starts.get(0)) || !day.isBefore(starts.get(starts.size() - 1).plusWeeks(1))) {
            return -1;
        }
        return starts.indexOf(monday(day));
    }
}
