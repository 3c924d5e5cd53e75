package app.securebase.homework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExerciseOccurrenceTest {

    private static final Instant MIDNIGHT = Instant.parse("2026-11-21T00:00:00Z");
    private static final Instant DUE = Instant.parse("2026-11-21T20:00:00Z");

    private static ExerciseOccurrence occurrence() {
        return new ExerciseOccurrence(LocalDate.of(2026, 11, 21), MIDNIGHT, DUE);
    }

    @Test
    void theStatusFollowsTheClockAndTheClientsWork() {
        ExerciseOccurrence o = occurrence();
        assertEquals(OccurrenceStatus.UPCOMING, o.status(MIDNIGHT.minusSeconds(1)));
        assertEquals(OccurrenceStatus.DUE, o.status(MIDNIGHT));
        assertEquals(OccurrenceStatus.OVERDUE, o.status(DUE));
        o.saveDraft(0, "{\"a\":{\"text\":\"x\"}}", MIDNIGHT.plusSeconds(60));
        assertEquals(OccurrenceStatus.DRAFT, o.status(DUE.plusSeconds(1)));
        o.submit("{\"a\":{\"text\":\"x\"}}", DUE.plus(Duration.ofHours(2)));
        assertEquals(OccurrenceStatus.SUBMITTED, o.status(DUE.plusSeconds(1)));
        assertTrue(o.isLate(), "submitted after its due time: completed, and late");
        o.markReviewed(null, DUE.plus(Duration.ofDays(1)));
        assertEquals(OccurrenceStatus.REVIEWED, o.status(DUE));

        ExerciseOccurrence cancelled = occurrence();
        cancelled.cancel(MIDNIGHT);
        assertEquals(OccurrenceStatus.CANCELLED, cancelled.status(DUE));
    }

    @Test
    void aRetriedSaveChangesNothingAndAStaleTabIsRefused() {
        ExerciseOccurrence o = occurrence();
        assertEquals(1, o.saveDraft(0, "{\"a\":{\"text\":\"first\"}}", MIDNIGHT));
        assertEquals(1, o.saveDraft(0, "{\"a\":{\"text\":\"first\"}}", MIDNIGHT), "the same save, retried");
        assertEquals(1, o.saveDraft(1, "{\"a\":{\"text\":\"first\"}}", MIDNIGHT), "nothing new to save");
        assertEquals(2, o.saveDraft(1, "{\"a\":{\"text\":\"second\"}}", MIDNIGHT));

        DraftConflictException conflict = assertThrows(DraftConflictException.class,
                () -> o.saveDraft(1, "{\"a\":{\"text\":\"from another tab\"}}", MIDNIGHT));
        assertEquals(2, conflict.storedRevision());
        assertEquals("{\"a\":{\"text\":\"second\"}}", o.getDraftJson(), "the other tab's text was not overwritten");
    }

    @Test
    void aSubmittedOrCancelledEntryCannotChange() {
        ExerciseOccurrence submitted = occurrence();
        submitted.submit("{}", DUE);
        assertThrows(IllegalStateException.class, () -> submitted.saveDraft(1, "{\"b\":{}}", DUE));
        assertThrows(IllegalStateException.class, () -> submitted.submit("{}", DUE));

        ExerciseOccurrence cancelled = occurrence();
        cancelled.cancel(MIDNIGHT);
        assertThrows(IllegalStateException.class, () -> cancelled.saveDraft(0, "{}", DUE));
    }
}
