package app.securebase.homework.web;

import app.securebase.homework.AnswerValue;
import app.securebase.homework.ChoiceOption;
import app.securebase.homework.EmotionRating;
import app.securebase.homework.EmotionVocabulary;
import app.securebase.homework.FieldDefinition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A submitted answer as a clinician reads it: option values become their labels, a scale point shows its range
 * ("7 / 10"), an emotion its family and intensity ("Sad – lonely: 40"), a date its weekday. Anything the stored entry
 * holds that the field would not accept (an option never offered, a malformed date) is shown as stored rather than
 * hidden, so that the clinician sees exactly what was submitted.
 */
public final class AnswerText {

    /** How an unanswered field reads. */
    public static final String NONE = "—";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);

    private AnswerText() {
    }

    /**
     * One field's answer, as lines: one line for a single value (which may itself hold line breaks), one per item for
     * choices, checklists and emotions; {@code [NONE]} when unanswered.
     */
    public static List<String> lines(FieldDefinition field, AnswerValue value, EmotionVocabulary vocabulary) {
        if (value == null || value.isEmpty()) {
            return List.of(NONE);
        }
        List<String> lines = new ArrayList<>();
        switch (field.type()) {
            case SCALE -> {
                if (value.text() != null) {
                    lines.add(value.text().strip() + " / " + field.max().stripTrailingZeros().toPlainString());
                }
            }
            case SINGLE_CHOICE -> {
                if (value.text() != null) {
                    lines.add(optionLabel(field, value.text()));
                }
            }
            case MULTIPLE_CHOICE, CHECKLIST -> {
                if (value.choices() != null) {
                    value.choices().forEach(choice -> lines.add(optionLabel(field, choice)));
                }
            }
            case EMOTIONS -> {
                if (value.emotions() != null) {
                    value.emotions().forEach(rating -> lines.add(emotion(rating, vocabulary)));
                }
            }
            case DATE -> {
                if (value.text() != null) {
                    lines.add(date(value.text()));
                }
            }
            default -> {
                if (value.text() != null) {
                    lines.add(value.text());
                }
            }
        }
        if (lines.isEmpty()) {
            lines.add(text(value));
        }
        return List.copyOf(lines);
    }

    /** Whether the field's answer is a list of items rather than one value. */
    public static boolean isList(FieldDefinition field) {
        return switch (field.type()) {
            case MULTIPLE_CHOICE, CHECKLIST, EMOTIONS -> true;
            default -> false;
        };
    }

    /** {@code Sad – lonely: 40}; a whole family reads {@code Sad: 40}; an unknown key is shown as stored. */
    static String emotion(EmotionRating rating, EmotionVocabulary vocabulary) {
        if (rating == null || rating.emotion() == null) {
            return NONE;
        }
        String key = rating.emotion();
        String label = vocabulary.label(key);
        String name;
        if (label == null) {
            name = key;
        } else if (key.contains(".")) {
            String family = vocabulary.label(key.substring(0, key.indexOf('.')));
            name = family + " – " + lowerFirst(label);
        } else {
            name = label;
        }
        return rating.intensity() == null ? name : name + ": " + rating.intensity();
    }

    private static String optionLabel(FieldDefinition field, String value) {
        if (value == null) {
            return NONE;
        }
        ChoiceOption option = field.option(value);
        return option == null ? value : option.label();
    }

    private static String date(String text) {
        try {
            return DATE.format(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    private static String text(AnswerValue value) {
        return value.text() == null || value.text().isBlank() ? NONE : value.text();
    }

    /** "Lonely" reads "lonely" after its family; a word that starts with an acronym keeps its capitals. */
    private static String lowerFirst(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && Character.isLowerCase(label.charAt(1))) {
            return Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label;
    }
}
