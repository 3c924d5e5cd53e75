package app.securebase.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreakTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    private static LocalDate daysAgo(int n) {
        return TODAY.minusDays(n);
    }

    @Test
    void noSubmissionIsNoStreak() {
        assertEquals(0, Streak.days(List.of(), TODAY));
    }

    @Test
    void todayAloneIsOneDay() {
        assertEquals(1, Streak.days(List.of(TODAY), TODAY));
    }

    @Test
    void aStreakEndingYesterdayStillCountsBeforeTodaysEntry() {
        assertEquals(3, Streak.days(List.of(daysAgo(1), daysAgo(2), daysAgo(3)), TODAY));
    }

    @Test
    void todayExtendsTheStreakThatEndedYesterday() {
        assertEquals(4, Streak.days(List.of(TODAY, daysAgo(1), daysAgo(2), daysAgo(3)), TODAY));
    }

    @Test
    void aWholeDayWithoutASubmissionEndsIt() {
        assertEquals(2, Streak.days(List.of(TODAY, daysAgo(1), daysAgo(3), daysAgo(4)), TODAY));
        assertEquals(0, Streak.days(List.of(daysAgo(2), daysAgo(3)), TODAY), "the last day with work was 2 days ago");
    }

    @Test
    void severalSubmissionsOnOneDayCountOnce() {
        assertEquals(2, Streak.days(List.of(TODAY, TODAY, daysAgo(1), daysAgo(1)), TODAY));
    }

    @Test
    void aDayAfterTodayIsIgnored() {
        assertEquals(1, Streak.days(List.of(TODAY.plusDays(1), TODAY), TODAY));
    }

    @Test
    void itCrossesMonthAndYearEnds() {
        LocalDate newYear = LocalDate.of(2027, 1, 1);
        assertEquals(3, Streak.days(List.of(newYear, newYear.minusDays(1), newYear.minusDays(2)), newYear));
    }
}
