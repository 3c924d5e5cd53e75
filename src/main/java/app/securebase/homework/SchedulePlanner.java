package app.securebase.homework;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link Schedule} into its occurrences in the client's time zone. Pure and deterministic: the same schedule
 * and zone always give the same instants, so the planner can be unit-tested across daylight-saving changes and
 * re-run safely.
 *
 * <p>A repeating schedule must end, by a number of times or by a last day, and holds at most
 * {@value #MAX_OCCURRENCES} occurrences: a schedule is a plan a clinician reviews, not an endless feed.
 */
public final class SchedulePlanner {

    public static final int MAX_OCCURRENCES = 366;

    private SchedulePlanner() {
    }

    /**
     * What is wrong with the schedule, as message keys of the resource bundle; empty when it can be planned.
     */
    public static List<String> problems(Schedule schedule) {
        List<String> problems = new ArrayList<>();
        if (schedule.frequency() == null) {
            problems.add("homework.schedule.error.frequency");
            return problems;
        }
        if (schedule.start() == null) {
            problems.add("homework.schedule.error.start");
        }
        if (schedule.dueTime() == null) {
            problems.add("homework.schedule.error.dueTime");
        }
        switch (schedule.frequency()) {
            case ONCE -> {
                if (schedule.dueDate() == null) {
                    problems.add("homework.schedule.error.dueDate");
                } else if (schedule.start() != null && schedule.dueDate().isBefore(schedule.start())) {
                    problems.add("homework.schedule.error.dueBeforeStart");
                }
            }
            case DAILY, WEEKLY -> {
                if (schedule.frequency() == Frequency.WEEKLY && schedule.weekdays().isEmpty()) {
                    problems.add("homework.schedule.error.weekdays");
                }
                if ((schedule.times() == null) == (schedule.until() == null)) {
                    problems.add("homework.schedule.error.end");
                } else if (schedule.times() != null && (schedule.times() < 1 || schedule.times() > MAX_OCCURRENCES)) {
                    problems.add("homework.schedule.error.times");
                } else if (schedule.until() != null && schedule.start() != null) {
                    if (schedule.until().isBefore(schedule.start())) {
                        problems.add("homework.schedule.error.untilBeforeStart");
                    } else if (schedule.until().isAfter(schedule.start().plusDays(MAX_OCCURRENCES * 7L))) {
                        problems.add("homework.schedule.error.tooLong");
                    }
                }
            }
        }
        return problems;
    }

    /**
     * The occurrences, in order.
     *
     * @throws IllegalArgumentException when {@link #problems(Schedule)} is not empty
     */
    public static List<PlannedOccurrence> plan(Schedule schedule, ZoneId zone) {
        List<String> problems = problems(schedule);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("schedule cannot be planned: " + problems);
        }
        List<PlannedOccurrence> occurrences = new ArrayList<>();
        if (schedule.frequency() == Frequency.ONCE) {
            occurrences.add(occurrence(schedule, schedule.dueDate(), zone));
            return occurrences;
        }
        LocalDate day = schedule.start();
        while (occurrences.size() < MAX_OCCURRENCES
                && (schedule.times() == null || occurrences.size() < schedule.times())
                && (schedule.until() == null || !day.isAfter(schedule.until()))) {
            if (schedule.frequency() == Frequency.DAILY || schedule.weekdays().contains(day.getDayOfWeek())) {
                occurrences.add(occurrence(schedule, day, zone));
            }
            day = day.plusDays(1);
        }
        return occurrences;
    }

    private static PlannedOccurrence occurrence(Schedule schedule, LocalDate day, ZoneId zone) {
        ZonedDateTime due = ZonedDateTime.of(day, schedule.dueTime(), zone);
        return new PlannedOccurrence(day, due, day.atStartOfDay(zone).toInstant());
    }
}
