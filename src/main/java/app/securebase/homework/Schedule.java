package app.securebase.homework;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When an assigned exercise comes due, in the client's own calendar: the clinician picks days and a time of day, and
 * {@link SchedulePlanner} turns them into instants in the client's time zone.
 *
 * @param frequency once, daily or weekly
 * @param start     the first day the exercise can come due (and is shown to the client)
 * @param dueDate   for {@link Frequency#ONCE}: the day it is due; ignored otherwise
 * @param dueTime   the time of day each occurrence is due, on the client's clock
 * @param weekdays  for {@link Frequency#WEEKLY}: the days of the week; ignored otherwise
 * @param times     for a repeating schedule: how many occurrences, or {@code null} when it ends on {@code until}
 * @param until     for a repeating schedule: the last day that may hold an occurrence (inclusive), or {@code null}
 */
public record Schedule(Frequency frequency, LocalDate start, LocalDate dueDate, LocalTime dueTime,
        Set<DayOfWeek> weekdays, Integer times, LocalDate until) {

    public Schedule {
        weekdays = weekdays == null || weekdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekdays));
    }

    public static Schedule once(LocalDate start, LocalDate dueDate, LocalTime dueTime) {
        return new Schedule(Frequency.ONCE, start, dueDate, dueTime, Set.of(), null, null);
    }

    public static Schedule daily(LocalDate start, LocalTime dueTime, Integer times, LocalDate until) {
        return new Schedule(Frequency.DAILY, start, null, dueTime, Set.of(), times, until);
    }

    public static Schedule weekly(LocalDate start, Set<DayOfWeek> weekdays, LocalTime dueTime, Integer times,
            LocalDate until) {
        return new Schedule(Frequency.WEEKLY, start, null, dueTime, weekdays, times, until);
    }
}
