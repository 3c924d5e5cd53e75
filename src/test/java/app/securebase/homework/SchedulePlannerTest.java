package app.securebase.homework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchedulePlannerTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    @Test
    void aOneOffExerciseIsDueOnItsDayAtTheClientsTime() {
        List<PlannedOccurrence> plan = SchedulePlanner.plan(Schedule.once(LocalDate.of(2026, 11, 21),
                LocalDate.of(2026, 11, 24), LocalTime.of(20, 0)), AUCKLAND);
        assertEquals(1, plan.size());
        assertEquals(LocalDate.of(2026, 11, 24), plan.get(0).day());
        // Auckland is on daylight time (+13) in November: 20:00 there is 07:00 UTC the same day.
        assertEquals(LocalDateTime.of(2026, 11, 24, 7, 0).toInstant(ZoneOffset.UTC), plan.get(0).dueAt());
        assertEquals(LocalDateTime.of(2026, 11, 23, 11, 0).toInstant(ZoneOffset.UTC), plan.get(0).availableFrom());
    }

    @Test
    void dailyForSevenTimesKeepsTheLocalTimeAcrossTheSpringChange() {
        // New York moves its clocks forward on Sunday 8 March 2026.
        List<PlannedOccurrence> plan = SchedulePlanner.plan(Schedule.daily(LocalDate.of(2026, 3, 5),
                LocalTime.of(20, 0), 7, null), NEW_YORK);
        assertEquals(7, plan.size());
        assertEquals(LocalDate.of(2026, 3, 11), plan.get(6).day());
        assertTrue(plan.stream().allMatch(o -> o.due().toLocalTime().equals(LocalTime.of(20, 0))));
        assertEquals(Duration.ofHours(24), Duration.between(plan.get(0).dueAt(), plan.get(1).dueAt()));
        assertEquals(Duration.ofHours(23), Duration.between(plan.get(2).dueAt(), plan.get(3).dueAt()),
                "the night the clocks go forward is an hour shorter");
        assertEquals(LocalDateTime.of(2026, 3, 9, 0, 0).toInstant(ZoneOffset.UTC), plan.get(3).dueAt(),
                "20:00 EDT is 00:00 UTC");
    }

    @Test
    void dailyKeepsTheLocalTimeAcrossTheAutumnChange() {
        // London moves its clocks back on Sunday 25 October 2026.
        List<PlannedOccurrence> plan = SchedulePlanner.plan(Schedule.daily(LocalDate.of(2026, 10, 24),
                LocalTime.of(9, 0), null, LocalDate.of(2026, 10, 26)), LONDON);
        assertEquals(3, plan.size());
        assertEquals(Duration.ofHours(25), Duration.between(plan.get(0).dueAt(), plan.get(1).dueAt()));
        assertEquals(LocalDateTime.of(2026, 10, 25, 9, 0).toInstant(ZoneOffset.UTC), plan.get(1).dueAt());
    }

    @Test
    void aTimeThatDoesNotExistMovesForwardAndAnAmbiguousOneTakesTheEarlierOffset() {
        PlannedOccurrence gap = SchedulePlanner.plan(Schedule.once(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 8),
                LocalTime.of(2, 30)), NEW_YORK).get(0);
        assertEquals(LocalTime.of(3, 30), gap.due().toLocalTime());
        assertEquals(LocalDateTime.of(2026, 3, 8, 7, 30).toInstant(ZoneOffset.UTC), gap.dueAt());

        PlannedOccurrence overlap = SchedulePlanner.plan(Schedule.once(LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 1), LocalTime.of(1, 30)), NEW_YORK).get(0);
        assertEquals(ZoneOffset.ofHours(-4), overlap.due().getOffset());
    }

    @Test
    void weeklyOnChosenDaysEndsByCountOrByDate() {
        Set<DayOfWeek> days = Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
        // Saturday 21 November 2026: the first chosen day is Monday the 23rd.
        List<PlannedOccurrence> byCount = SchedulePlanner.plan(Schedule.weekly(LocalDate.of(2026, 11, 21), days,
                LocalTime.of(18, 0), 4, null), LONDON);
        assertEquals(List.of(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 3)), byCount.stream().map(PlannedOccurrence::day).toList());

        List<PlannedOccurrence> byDate = SchedulePlanner.plan(Schedule.weekly(LocalDate.of(2026, 11, 21), days,
                LocalTime.of(18, 0), null, LocalDate.of(2026, 11, 30)), LONDON);
        assertEquals(3, byDate.size(), "the last day counts");
        assertEquals(LocalDate.of(2026, 11, 30), byDate.get(2).day());
    }

    @Test
    void aScheduleThatCannotBePlannedSaysWhy() {
        LocalDate start = LocalDate.of(2026, 11, 21);
        LocalTime eight = LocalTime.of(20, 0);
        assertEquals(List.of("homework.schedule.error.end"),
                SchedulePlanner.problems(Schedule.daily(start, eight, null, null)), "a repeating schedule must end");
        assertEquals(List.of("homework.schedule.error.end"),
                SchedulePlanner.problems(Schedule.daily(start, eight, 3, start.plusDays(5))), "one way to end");
        assertEquals(List.of("homework.schedule.error.times"),
                SchedulePlanner.problems(Schedule.daily(start, eight, 0, null)));
        assertEquals(List.of("homework.schedule.error.times"),
                SchedulePlanner.problems(Schedule.daily(start, eight, SchedulePlanner.MAX_OCCURRENCES + 1, null)));
        assertEquals(List.of("homework.schedule.error.untilBeforeStart"),
                SchedulePlanner.problems(Schedule.daily(start, eight, null, start.minusDays(1))));
        assertEquals(List.of("homework.schedule.error.weekdays"),
                SchedulePlanner.problems(Schedule.weekly(start, Set.of(), eight, 3, null)));
        assertEquals(List.of("homework.schedule.error.dueBeforeStart"),
                SchedulePlanner.problems(Schedule.once(start, start.minusDays(1), eight)));
        assertEquals(List.of("homework.schedule.error.dueTime"),
                SchedulePlanner.problems(Schedule.once(start, start, null)));
        assertThrows(IllegalArgumentException.class,
                () -> SchedulePlanner.plan(Schedule.daily(start, eight, null, null), LONDON));
    }

    @Test
    void aLongDateRangeIsCappedAndTheSameInputGivesTheSamePlan() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        List<PlannedOccurrence> year = SchedulePlanner.plan(Schedule.daily(start, LocalTime.NOON, null,
                start.plusYears(2)), LONDON);
        assertEquals(SchedulePlanner.MAX_OCCURRENCES, year.size());
        assertEquals(year, SchedulePlanner.plan(Schedule.daily(start, LocalTime.NOON, null, start.plusYears(2)), LONDON));
    }
}
