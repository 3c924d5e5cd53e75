package app.securebase.insights;

import app.securebase.homework.ExerciseOccurrence;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a client completed, missed and wrote since a day: the clinician's "since last session".
 *
 * @param completed   occurrences submitted since then, newest first, each with its entry
 * @param missed      occurrences whose due time passed since then, not submitted and not cancelled, newest first
 * @param reflections module reflection answers saved since then, newest first
 * @param truncated   whether a list stopped at {@link #MAX_ROWS}
 */
public record SinceLastSession(LocalDate from, List<ExerciseOccurrence> completed, List<ExerciseOccurrence> missed,
        List<Reflection> reflections, boolean truncated) {

    /** The most rows each list shows: a long range is summed up by the charts, not listed whole. */
    public static final int MAX_ROWS = 100;

    /** One reflection answer, with its module and question. */
    public record Reflection(long assignmentId, String moduleTitle, String question, String answer, Instant savedAt) {
    }

    public boolean isEmpty() {
        return completed.isEmpty() && missed.isEmpty() && reflections.isEmpty();
    }
}
