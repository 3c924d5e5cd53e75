package app.securebase.insights.web;

import app.securebase.homework.AnswerValue;
import app.securebase.homework.EmotionVocabulary;
import app.securebase.homework.ExerciseOccurrence;
import app.securebase.homework.FieldDefinition;
import app.securebase.homework.HomeworkJson;
import app.securebase.homework.web.AnswerText;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A submitted entry as "since last session" shows it: field by field against its version, in the words of the review
 * page ({@link AnswerText}), so that a clinician reads it the same way in both places.
 */
public record WrittenEntry(ExerciseOccurrence occurrence, List<Answer> answers) implements Serializable {

    /** One field: its label and the answer as lines; {@code list} when the answer is several items. */
    public record Answer(String key, String label, List<String> lines, boolean list, boolean blank)
            implements Serializable {
    }

    public static WrittenEntry of(ExerciseOccurrence occurrence, EmotionVocabulary vocabulary) {
        Map<String, AnswerValue> entry = HomeworkJson.readEntry(occurrence.getEntryJson());
        List<Answer> answers = occurrence.getAssignment().getExerciseVersion().getFields().stream()
                .map(field -> answer(field, entry.get(field.key()), vocabulary)).toList();
        return new WrittenEntry(occurrence, answers);
    }

    private static Answer answer(FieldDefinition field, AnswerValue value, EmotionVocabulary vocabulary) {
        boolean empty = value == null || value.isEmpty();
        return new Answer(field.key(), field.label(), AnswerText.lines(field, value, vocabulary),
                !empty && AnswerText.isList(field), empty);
    }
}
