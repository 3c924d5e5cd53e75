package app.securebase.homework;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The value a client gave one field, in one of three shapes; the others are {@code null}. An entry (one filled-in
 * exercise) is a {@code Map<String, AnswerValue>} from field key to value, which JSON-B writes as compact JSON such as
 * {@code {"mood":{"text":"6"},"done":{"choices":["sleep"]},"feel":{"emotions":[{"emotion":"sad.lonely","intensity":40}]}}}.
 *
 * <ul>
 * <li>{@link #text}: short and long text, number, date, time, scale and single choice, exactly as submitted
 *     (a number or a scale point in plain decimal notation, a date as {@code yyyy-MM-dd}, a time as {@code HH:mm},
 *     a single choice as the option's value). {@link FieldAnswer} parses it, so a tampered request cannot slip past a
 *     converter.</li>
 * <li>{@link #choices}: the option values ticked in a multiple choice or checklist field.</li>
 * <li>{@link #emotions}: the emotions chosen in an emotions field, each with its intensity.</li>
 * </ul>
 *
 * <p>A missing value, blank text or an empty list all mean "not answered". The lists may hold {@code null} elements
 * so that a malformed request reaches {@link FieldAnswer} and is reported rather than failing on the way in.
 */
public record AnswerValue(String text, List<String> choices, List<EmotionRating> emotions) {

    public static final AnswerValue EMPTY = new AnswerValue(null, null, null);

    public AnswerValue {
        choices = choices == null ? null : Collections.unmodifiableList(new ArrayList<>(choices));
        emotions = emotions == null ? null : Collections.unmodifiableList(new ArrayList<>(emotions));
    }

    public static AnswerValue text(String text) {
        return new AnswerValue(text, null, null);
    }

    public static AnswerValue choices(List<String> values) {
        return new AnswerValue(null, values, null);
    }

    public static AnswerValue choices(String... values) {
        return choices(List.of(values));
    }

    public static AnswerValue emotions(List<EmotionRating> ratings) {
        return new AnswerValue(null, null, ratings);
    }

    public static AnswerValue emotions(EmotionRating... ratings) {
        return emotions(List.of(ratings));
    }

    /** Whether the client left the field unanswered. */
    public boolean isEmpty() {
        return (text == null || text.isBlank()) && (choices == null || choices.isEmpty())
                && (emotions == null || emotions.isEmpty());
    }
}
