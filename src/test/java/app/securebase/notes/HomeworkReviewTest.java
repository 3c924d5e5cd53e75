package app.securebase.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class HomeworkReviewTest {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("app.securebase.i18n.messages", Locale.ENGLISH);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final List<HomeworkReview.Done> done = List.of(
            new HomeworkReview.Done("Daily feelings check-in", Instant.parse("2026-11-16T20:00:00Z"), false,
                    List.of("Mood: 6 / 10", "Emotions: Sad – lonely: 40; Peaceful – calm: 60"),
                    List.of("What helped: A walk")),
            new HomeworkReview.Done("Emotion log", Instant.parse("2026-11-18T23:30:00Z"), true,
                    List.of("Emotions: Scared – worried: 70"), List.of()));
    private final List<HomeworkReview.Missed> missed = List.of(
            new HomeworkReview.Missed("Daily feelings check-in", Instant.parse("2026-11-17T20:00:00Z")));
    private final List<HomeworkReview.Reflection> reflections = List.of(new HomeworkReview.Reflection(
            "Self-compassion", "What would you say to a friend?", "Be kind.\nTake a break.",
            Instant.parse("2026-11-19T09:00:00Z")));

    @Test
    void listsCompletedWithRatingsAndMissedWithoutWrittenAnswers() {
        String text = HomeworkReview.text(LocalDate.of(2026, 11, 13), done, missed, reflections, false, PARIS, TEXTS);
        assertEquals("""
                Homework since Fri 13 Nov 2026:

                Completed (2):
                - Mon 16 Nov 2026: Daily feelings check-in
                    Mood: 6 / 10
                    Emotions: Sad – lonely: 40; Peaceful – calm: 60
                - Thu 19 Nov 2026: Emotion log (sent late)
                    Emotions: Scared – worried: 70

                Missed (1):
                - due Tue 17 Nov 2026: Daily feelings check-in""", text);
        assertFalse(text.contains("A walk"));
        assertFalse(text.contains("Be kind"));
    }

    @Test
    void writtenAnswersAndReflectionsOnlyWhenAskedFor() {
        String text = HomeworkReview.text(LocalDate.of(2026, 11, 13), done, missed, reflections, true, PARIS, TEXTS);
        assertTrue(text.contains("    What helped: A walk\n"));
        assertTrue(text.endsWith("""
                Reading reflections:
                - Thu 19 Nov 2026: Self-compassion – What would you say to a friend?
                    Be kind.
                    Take a break."""));
    }

    @Test
    void anEmptyListSaysNone() {
        String text = HomeworkReview.text(LocalDate.of(2026, 11, 13), done.subList(1, 2), List.of(), reflections,
                false, PARIS, TEXTS);
        assertTrue(text.endsWith("""
                - Thu 19 Nov 2026: Emotion log (sent late)
                    Emotions: Scared – worried: 70

                Missed: none."""), text);
    }

    @Test
    void anEmptyPeriodSaysSo() {
        assertEquals("Homework since Fri 13 Nov 2026:\nNo homework was due or completed in this period.",
                HomeworkReview.text(LocalDate.of(2026, 11, 13), List.of(), List.of(), List.of(), false, PARIS, TEXTS));
    }
}
