package app.securebase.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.insights.WeeklyCompletion.Facts;
import app.securebase.insights.WeeklyCompletion.Week;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyCompletionTest {

    /** Wednesday 18 November 2026, noon UTC. */
    private static final Instant NOW = Instant.parse("2026-11-18T12:00:00Z");
    private static final List<LocalDate> WEEKS = Weeks.lastWeeks(LocalDate.of(2026, 11, 18), 12);

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    private static Week week(List<Week> weeks, String monday) {
        return weeks.stream().filter(w -> w.start().equals(LocalDate.parse(monday))).findFirst().orElseThrow();
    }

    @Test
    void twelveWeeksEndingWithThisOneStartOnMondays() {
        assertEquals(12, WEEKS.size());
        assertEquals(LocalDate.of(2026, 11, 16), WEEKS.get(11));
        assertEquals(LocalDate.of(2026, 8, 31), WEEKS.get(0));
    }

    @Test
    void dueOnceTheDueTimePassedAndLateSubmissionsCountAsCompleted() {
        List<Week> weeks = WeeklyCompletion.of(List.of(
                new Facts(at("2026-11-10T20:00:00Z"), at("2026-11-10T19:00:00Z"), null),
                new Facts(at("2026-11-11T20:00:00Z"), at("2026-11-13T08:00:00Z"), null),
                new Facts(at("2026-11-12T20:00:00Z"), null, null)), WEEKS, ZoneOffset.UTC, NOW);
        assertEquals(new Week(LocalDate.of(2026, 11, 9), 3, 2), week(weeks, "2026-11-09"));
    }

    @Test
    void cancelledAndFutureOccurrencesNeverCount() {
        List<Week> weeks = WeeklyCompletion.of(List.of(
                new Facts(at("2026-11-16T20:00:00Z"), null, at("2026-11-15T10:00:00Z")),
                new Facts(at("2026-11-18T20:00:00Z"), null, null),
                new Facts(at("2026-11-20T20:00:00Z"), null, null)), WEEKS, ZoneOffset.UTC, NOW);
        assertEquals(new Week(LocalDate.of(2026, 11, 16), 0, 0), week(weeks, "2026-11-16"));
        assertFalse(WeeklyCompletion.anyDue(weeks));
    }

    @Test
    void anEarlySubmissionCountsOnceItsDueTimeHasPassed() {
        Facts early = new Facts(at("2026-11-18T20:00:00Z"), at("2026-11-18T09:00:00Z"), null);
        List<Week> before = WeeklyCompletion.of(List.of(early), WEEKS, ZoneOffset.UTC, at("2026-11-18T19:00:00Z"));
        assertEquals(new Week(LocalDate.of(2026, 11, 16), 0, 0), week(before, "2026-11-16"), "not due yet");
        assertFalse(WeeklyCompletion.anyDue(before));
        List<Week> after = WeeklyCompletion.of(List.of(early), WEEKS, ZoneOffset.UTC, at("2026-11-19T12:00:00Z"));
        assertEquals(new Week(LocalDate.of(2026, 11, 16), 1, 1), week(after, "2026-11-16"));
        assertTrue(WeeklyCompletion.anyDue(after));
    }

    @Test
    void weeksFollowTheClientsCalendar() {
        // Sunday 15 Nov 23:30 in New York is Monday 16 Nov 04:30 UTC: the client's Sunday, so last week.
        Facts sundayEvening = new Facts(at("2026-11-16T04:30:00Z"), null, null);
        List<Week> inNewYork = WeeklyCompletion.of(List.of(sundayEvening), WEEKS, ZoneId.of("America/New_York"), NOW);
        assertEquals(1, week(inNewYork, "2026-11-09").due());
        List<Week> inUtc = WeeklyCompletion.of(List.of(sundayEvening), WEEKS, ZoneOffset.UTC, NOW);
        assertEquals(1, week(inUtc, "2026-11-16").due());
    }

    @Test
    void occurrencesOutsideTheWeeksAreLeftOut() {
        List<Week> weeks = WeeklyCompletion.of(List.of(
                new Facts(WEEKS.get(0).atStartOfDay(ZoneOffset.UTC).toInstant().minus(Duration.ofMinutes(1)), null, null)),
                WEEKS, ZoneOffset.UTC, NOW);
        assertEquals(0, weeks.stream().mapToInt(Week::due).sum());
    }

    @Test
    void noOccurrencesGiveTwelveEmptyWeeks() {
        List<Week> weeks = WeeklyCompletion.of(List.of(), WEEKS, ZoneOffset.UTC, NOW);
        assertEquals(12, weeks.size());
        assertFalse(WeeklyCompletion.anyDue(weeks));
    }
}
