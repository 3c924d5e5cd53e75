package app.securebase.homework.web;

import app.securebase.homework.Frequency;
import app.securebase.homework.PlannedOccurrence;
import app.securebase.homework.Schedule;
import app.securebase.homework.SchedulePlanner;
import app.securebase.platform.web.Texts;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A schedule in one sentence, such as "7 times, daily at 20:00, from Sat 21 Nov to Fri 27 Nov". The days are the
 * client's calendar days, the same in every time zone, so the plan is made in UTC just to count and date them.
 */
final class ScheduleSummary {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private ScheduleSummary() {
    }

    /** The occurrences' days; empty when the schedule cannot be planned yet. */
    static List<PlannedOccurrence> plan(Schedule schedule) {
        return SchedulePlanner.problems(schedule).isEmpty() ? SchedulePlanner.plan(schedule, ZoneOffset.UTC)
                : List.of();
    }

    /** The sentence, or {@code null} while the schedule is incomplete or plans nothing. */
    static String of(Schedule schedule) {
        List<PlannedOccurrence> plan = plan(schedule);
        if (plan.isEmpty()) {
            return null;
        }
        LocalDate first = plan.get(0).day();
        LocalDate last = plan.get(plan.size() - 1).day();
        String time = TIME.format(schedule.dueTime());
        if (schedule.frequency() == Frequency.ONCE) {
            return Texts.get("homework.schedule.summary.once", day(first), time);
        }
        if (schedule.frequency() == Frequency.DAILY) {
            return Texts.get("homework.schedule.summary.daily", plan.size(), time, day(first), day(last));
        }
        String days = schedule.weekdays().stream().sorted()
                .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).collect(Collectors.joining(", "));
        return Texts.get("homework.schedule.summary.weekly", plan.size(), time, day(first), day(last), days);
    }

    private static String day(LocalDate date) {
        return (date.getYear() == LocalDate.now(ZoneOffset.UTC).getYear() ? DAY : DAY_YEAR).format(date);
    }

    /** The weekdays in calendar order, Monday first, for the checkboxes. */
    static List<DayOfWeek> weekdays() {
        return List.of(DayOfWeek.values());
    }
}
