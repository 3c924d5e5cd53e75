package app.securebase.homework;

import java.util.Map;

/**
 * An occurrence as its client opens it: the form (the pinned version's fields), what is saved so far, and the
 * revision the next save must name.
 *
 * @param values the submitted entry once there is one, else the draft, else empty
 */
public record EntryView(ExerciseOccurrence occurrence, ExerciseVersion exercise, Map<String, AnswerValue> values,
        int revision) {

    public boolean isSubmitted() {
        return occurrence.getSubmittedAt() != null;
    }

    public boolean isEditable() {
        return occurrence.getSubmittedAt() == null && occurrence.getCancelledAt() == null;
    }
}
