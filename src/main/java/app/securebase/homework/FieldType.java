package app.securebase.homework;

import java.util.Locale;

/**
 * The kinds of field an exercise template can hold. Each kind takes one shape of answer (see {@link AnswerValue}):
 * text for the single-valued kinds, a list of option values for {@link #MULTIPLE_CHOICE} and {@link #CHECKLIST},
 * a list of rated emotions for {@link #EMOTIONS}.
 *
 * <p>Exercise files spell a type in lower case with hyphens ({@code short-text}); stored JSON uses the enum name.
 */
public enum FieldType {
    /** One line of text. */
    SHORT_TEXT,
    /** Several lines of text. */
    LONG_TEXT,
    /** A number within optional limits and an optional step. */
    NUMBER,
    /** A calendar date, submitted as ISO {@code yyyy-MM-dd}. */
    DATE,
    /** A time of day, submitted as {@code HH:mm}. */
    TIME,
    /** A point on a labelled scale from min to max in steps. */
    SCALE,
    /** One option of a list. */
    SINGLE_CHOICE,
    /** Any number of options of a list. */
    MULTIPLE_CHOICE,
    /** Things done or not done, each ticked off; answered like {@link #MULTIPLE_CHOICE}. */
    CHECKLIST,
    /** Several emotions from the {@link EmotionVocabulary}, each with an intensity from 0 to 100. */
    EMOTIONS;

    /** The spelling in exercise files: {@code SHORT_TEXT} is {@code short-text}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The type an exercise file names, or {@code null} if it names none. */
    public static FieldType fromFileName(String name) {
        for (FieldType type : values()) {
            if (type.fileName().equals(name)) {
                return type;
            }
        }
        return null;
    }

    public boolean isText() {
        return this == SHORT_TEXT || this == LONG_TEXT;
    }

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == CHECKLIST;
    }

    public boolean hasRange() {
        return this == NUMBER || this == SCALE;
    }
}
