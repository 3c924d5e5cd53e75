package app.securebase.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The completion figures' edge cases, as the issue states them. */
class CompletionRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    private static OccurrenceFacts due(Duration ago) {
        return new OccurrenceFacts(NOW.minus(ago), null, null, null);
    }

    @Test
    void anOccurrenceCountsAsDueOnceItsDueTimeHasPassed() {
        assertTrue(CompletionRules.countsAsDue(due(HOUR), NOW));
        assertTrue(CompletionRules.countsAsDue(due(Duration.ZERO), NOW), "due this very instant");
        assertFalse(CompletionRules.countsAsDue(due(HOUR.negated()), NOW), "still ahead");
    }

    @Test
    void cancelledOccurrencesNeverCount() {
        OccurrenceFacts cancelled = new OccurrenceFacts(NOW.minus(HOUR), NOW.minus(HOUR.multipliedBy(2)), null, null);
        assertFalse(CompletionRules.countsAsDue(cancelled, NOW));
        assertFalse(CompletionRules.isOverdue(cancelled, NOW));
        assertEquals(CompletionFigures.NONE, CompletionRules.figures(List.of(cancelled), NOW, CompletionRules.WEEK));
    }

    @Test
    void futureOccurrencesNeverCountEvenWhenAlreadySent() {
        OccurrenceFacts early = new OccurrenceFacts(NOW.plus(HOUR), null, NOW.minus(HOUR), null);
        assertFalse(CompletionRules.isCompleted(early, NOW));
        assertEquals(CompletionFigures.NONE, CompletionRules.figures(List.of(early), NOW, CompletionRules.WEEK));
        assertTrue(CompletionRules.awaitsReview(early), "but it waits for the clinician like any entry");
        assertEquals(new CompletionFigures(1, 1, 0),
                CompletionRules.figures(List.of(early), NOW.plus(HOUR.multipliedBy(2)), CompletionRules.WEEK),
                "once its due time has passed it counts, on time");
    }

    @Test
    void aLateSubmissionCountsAsCompletedAndLate() {
        OccurrenceFacts late = new OccurrenceFacts(NOW.minus(Duration.ofDays(2)), null, NOW.minus(HOUR), null);
        assertTrue(CompletionRules.isCompleted(late, NOW));
        assertTrue(CompletionRules.isLate(late, NOW));
        assertFalse(CompletionRules.isOverdue(late, NOW));
        assertEquals(new CompletionFigures(1, 1, 1), CompletionRules.figures(List.of(late), NOW, CompletionRules.WEEK));
        OccurrenceFacts exactlyOnTime = new OccurrenceFacts(NOW.minus(HOUR), null, NOW.minus(HOUR), null);
        assertFalse(CompletionRules.isLate(exactlyOnTime, NOW), "sent at the due time is on time");
    }

    @Test
    void overdueMeansDueAndNotSent() {
        assertTrue(CompletionRules.isOverdue(due(Duration.ofDays(90)), NOW), "however long ago");
        assertFalse(CompletionRules.isOverdue(due(HOUR.negated()), NOW));
    }

    @Test
    void aPeriodHoldsWhatFellDueAfterItsStartAndNotAfterNow() {
        OccurrenceFacts atStart = due(Duration.ofDays(7));
        OccurrenceFacts justInside = due(Duration.ofDays(7).minusSeconds(1));
        assertFalse(CompletionRules.dueWithin(atStart, NOW, CompletionRules.WEEK), "the start itself is outside");
        assertTrue(CompletionRules.dueWithin(justInside, NOW, CompletionRules.WEEK));
        assertTrue(CompletionRules.dueWithin(atStart, NOW, CompletionRules.MONTH));
        assertEquals(new CompletionFigures(1, 0, 0),
                CompletionRules.figures(List.of(atStart, justInside), NOW, CompletionRules.WEEK));
        assertEquals(new CompletionFigures(2, 0, 0),
                CompletionRules.figures(List.of(atStart, justInside), NOW, CompletionRules.MONTH));
    }

    @Test
    void theRateIsEmptyWhenNothingWasDueAndRoundsDown() {
        assertEquals(OptionalInt.empty(), CompletionFigures.NONE.ratePercent());
        assertEquals(-1, CompletionFigures.NONE.rateOrNone());
        assertEquals(OptionalInt.of(66), new CompletionFigures(3, 2, 0).ratePercent());
        assertEquals(OptionalInt.of(100), new CompletionFigures(3, 3, 3).ratePercent());
        assertThrows(IllegalArgumentException.class, () -> new CompletionFigures(1, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> new CompletionFigures(2, 1, 2));
    }

    @Test
    void keepingUpStartsAtTheThresholdAndNeedsSomethingDue() {
        assertTrue(CompletionRules.keepingUp(new CompletionFigures(5, 4, 0)), "80 %");
        assertFalse(CompletionRules.keepingUp(new CompletionFigures(4, 3, 0)), "75 %");
        assertFalse(CompletionRules.keepingUp(CompletionFigures.NONE), "nothing due is not keeping up");
    }
}
