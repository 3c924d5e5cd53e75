package app.securebase.homework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The server-side check of submitted answers against their field definitions. The page checks too, but only this
 * check counts: a request can be edited, so a value is accepted only if the field could really have produced it.
 * Problems come back as message keys ({@code homework.answer.error.*}) with their arguments, never echoing what was
 * typed.
 *
 * <p>Text length is counted after turning {@code \r\n} into {@code \n}, as the browser's {@code maxlength} does.
 */
public final class FieldAnswer {

    /** Plain decimal notation, as number inputs submit it: no exponent, no grouping, at most 6 decimals. */
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}");

    private FieldAnswer() {
    }

    /** Checks one value against its field with the built-in emotion vocabulary; {@code null} means not answered. */
    public static List<AnswerProblem> check(FieldDefinition field, AnswerValue value) {
        return check(field, value, EmotionVocabulary.builtIn());
    }

    /**
     * Checks a whole entry: every field of the template, and no answer for a field the template does not have (a
     * tampered request). Problems come in field order.
     */
    public static List<AnswerProblem> checkAll(List<FieldDefinition> fields, Map<String, AnswerValue> entry) {
        List<AnswerProblem> problems = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (FieldDefinition field : fields) {
            known.add(field.key());
            problems.addAll(check(field, entry.get(field.key())));
        }
        for (String key : entry.keySet()) {
            if (!known.contains(key)) {
                problems.add(AnswerProblem.of(key, "unknownField"));
            }
        }
        return problems;
    }

    public static List<AnswerProblem> check(FieldDefinition field, AnswerValue value, EmotionVocabulary vocabulary) {
        String key = field.key();
        if (value == null || value.isEmpty()) {
            return field.required() ? List.of(AnswerProblem.of(key, "required")) : List.of();
        }
        boolean listed = field.type() == FieldType.MULTIPLE_CHOICE || field.type() == FieldType.CHECKLIST;
        boolean emotional = field.type() == FieldType.EMOTIONS;
        boolean rightShape = listed ? value.choices() != null && value.text() == null && value.emotions() == null
                : emotional ? value.emotions() != null && value.text() == null && value.choices() == null
                : value.text() != null && value.choices() == null && value.emotions() == null;
        if (!rightShape) {
            return List.of(AnswerProblem.of(key, "wrongShape"));
        }
        List<AnswerProblem> problems = new ArrayList<>();
        switch (field.type()) {
            case SHORT_TEXT, LONG_TEXT -> {
                if (value.text().replace("\r\n", "\n").strip().length() > field.maxLength()) {
                    problems.add(AnswerProblem.of(key, "tooLong", field.maxLength()));
                }
            }
            case NUMBER -> number(field, value.text().strip(), problems);
            case SCALE -> scale(field, value.text().strip(), problems);
            case DATE -> {
                try {
                    LocalDate.parse(value.text().strip());
                } catch (DateTimeParseException e) {
                    problems.add(AnswerProblem.of(key, "notADate"));
                }
            }
            case TIME -> {
                String time = value.text().strip();
                try {
                    if (!TIME.matcher(time).matches()) {
                        throw new DateTimeParseException("not HH:mm", time, 0);
                    }
                    LocalTime.parse(time);
                } catch (DateTimeParseException e) {
                    problems.add(AnswerProblem.of(key, "notATime"));
                }
            }
            case SINGLE_CHOICE -> {
                if (field.option(value.text().strip()) == null) {
                    problems.add(AnswerProblem.of(key, "unknownOption"));
                }
            }
            case MULTIPLE_CHOICE, CHECKLIST -> choices(field, value.choices(), problems);
            case EMOTIONS -> emotions(field, value.emotions(), vocabulary, problems);
            default -> throw new IllegalStateException("No check for " + field.type());
        }
        return problems;
    }

    private static void number(FieldDefinition field, String text, List<AnswerProblem> problems) {
        if (!DECIMAL.matcher(text).matches()) {
            problems.add(AnswerProblem.of(field.key(), "notANumber"));
            return;
        }
        BigDecimal number = new BigDecimal(text);
        BigDecimal min = field.min();
        BigDecimal max = field.max();
        if (min != null && max != null && (number.compareTo(min) < 0 || number.compareTo(max) > 0)) {
            problems.add(AnswerProblem.of(field.key(), "outOfRange", plain(min), plain(max)));
        } else if (min != null && number.compareTo(min) < 0) {
            problems.add(AnswerProblem.of(field.key(), "belowMin", plain(min)));
        } else if (max != null && number.compareTo(max) > 0) {
            problems.add(AnswerProblem.of(field.key(), "aboveMax", plain(max)));
        } else if (offStep(field, number)) {
            problems.add(AnswerProblem.of(field.key(), "offStep", plain(field.step())));
        }
    }

    private static void scale(FieldDefinition field, String text, List<AnswerProblem> problems) {
        BigDecimal point = DECIMAL.matcher(text).matches() ? new BigDecimal(text) : null;
        if (point == null || point.compareTo(field.min()) < 0 || point.compareTo(field.max()) > 0
                || offStep(field, point)) {
            // A scale is picked, never typed: any value it could not produce is one message.
            problems.add(AnswerProblem.of(field.key(), "notOnScale", plain(field.min()), plain(field.max()),
                    plain(field.step())));
        }
    }

    /** Whether the value misses the grid of steps counted from min (or from 0 when there is no min). */
    private static boolean offStep(FieldDefinition field, BigDecimal value) {
        if (field.step() == null) {
            return false;
        }
        BigDecimal origin = field.min() == null ? BigDecimal.ZERO : field.min();
        return value.subtract(origin).remainder(field.step()).signum() != 0;
    }

    private static void choices(FieldDefinition field, List<String> values, List<AnswerProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (value == null || field.option(value) == null) {
                problems.add(AnswerProblem.of(field.key(), "unknownOption"));
                return;
            }
            if (!seen.add(value)) {
                problems.add(AnswerProblem.of(field.key(), "repeatedOption"));
                return;
            }
        }
    }

    private static void emotions(FieldDefinition field, List<EmotionRating> ratings, EmotionVocabulary vocabulary,
            List<AnswerProblem> problems) {
        String key = field.key();
        if (ratings.size() > field.maxEmotions()) {
            problems.add(AnswerProblem.of(key, "tooManyEmotions", field.maxEmotions()));
        }
        Set<String> seen = new HashSet<>();
        for (EmotionRating rating : ratings) {
            if (rating == null || !vocabulary.contains(rating.emotion())) {
                problems.add(AnswerProblem.of(key, "unknownEmotion"));
                continue;
            }
            String label = vocabulary.label(rating.emotion());
            if (!seen.add(rating.emotion())) {
                problems.add(AnswerProblem.of(key, "repeatedEmotion", label));
            } else if (rating.intensity() == null) {
                problems.add(AnswerProblem.of(key, "intensityMissing", label, EmotionRating.MIN_INTENSITY,
                        EmotionRating.MAX_INTENSITY));
            } else if (rating.intensity() < EmotionRating.MIN_INTENSITY
                    || rating.intensity() > EmotionRating.MAX_INTENSITY) {
                problems.add(AnswerProblem.of(key, "intensityOutOfRange", label, EmotionRating.MIN_INTENSITY,
                        EmotionRating.MAX_INTENSITY));
            }
        }
    }

    /** A limit as the message shows it: {@code 0.5}, {@code 100}, never {@code 1E+2}. */
    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
