package app.securebase.homework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One field of an exercise template: what the client is asked and which answers are accepted. Only the components
 * that apply to the {@link #type} are set; the rest stay {@code null}:
 *
 * <ul>
 * <li>text: {@link #maxLength}, default {@value #SHORT_TEXT_DEFAULT} (short) or {@value #LONG_TEXT_DEFAULT} (long);</li>
 * <li>{@link FieldType#NUMBER}: optional {@link #min}, {@link #max} and {@link #step};</li>
 * <li>{@link FieldType#SCALE}: {@link #min}, {@link #max}, {@link #step} (default 1), and the end labels
 *     {@link #minLabel} and {@link #maxLabel}, which screen readers announce with the value;</li>
 * <li>choice and checklist fields: {@link #options};</li>
 * <li>{@link FieldType#EMOTIONS}: {@link #maxEmotions}, default {@value #MAX_EMOTIONS_DEFAULT}; every emotion is rated
 *     from {@value EmotionRating#MIN_INTENSITY} to {@value EmotionRating#MAX_INTENSITY}.</li>
 * </ul>
 *
 * <p>Defaults are filled in by the constructor, so a stored template version carries its limits explicitly and a later
 * change of a default cannot change what an old assignment accepts.
 *
 * <p>Scored questionnaires (a later issue: PHQ-9, GAD-7, PCL-5, ITQ) fit without changing this shape: each item is a
 * {@link FieldType#SINGLE_CHOICE} field whose options carry a {@link ChoiceOption#score}. How item scores add up, the
 * severity bands and the safety rules (such as any answer above 0 on a self-harm item) belong to the template, not
 * to a field, and will be added there.
 *
 * @param key      stable identifier, unique within the template ({@code [a-z][a-z0-9_]*}); answers are stored under it,
 *                 so it never changes once the template is in use
 * @param help     a hint shown under the label, or {@code null}
 * @param required whether the client must answer before submitting
 */
public record FieldDefinition(String key, FieldType type, String label, String help, boolean required,
        Integer maxLength, BigDecimal min, BigDecimal max, BigDecimal step, String minLabel, String maxLabel,
        List<ChoiceOption> options, Integer maxEmotions) {

    public static final int KEY_MAX = 40;
    public static final int LABEL_MAX = 300;
    public static final int HELP_MAX = 1000;
    public static final int SCALE_LABEL_MAX = 60;
    public static final int OPTION_LABEL_MAX = 200;
    public static final int OPTION_VALUE_MAX = 40;
    public static final int MAX_OPTIONS = 30;
    public static final int SHORT_TEXT_DEFAULT = 200;
    public static final int SHORT_TEXT_LIMIT = 1000;
    public static final int LONG_TEXT_DEFAULT = 5000;
    public static final int LONG_TEXT_LIMIT = 20000;
    public static final int MAX_EMOTIONS_DEFAULT = 5;
    public static final int MAX_EMOTIONS_LIMIT = 10;
    /** A scale has at most this many points, so that it stays usable with arrow keys. */
    public static final int SCALE_MAX_POINTS = 101;

    static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");
    static final Pattern OPTION_VALUE = Pattern.compile("[a-z0-9_-]+");

    public FieldDefinition {
        if (type != null && type.isText() && maxLength == null) {
            maxLength = type == FieldType.SHORT_TEXT ? SHORT_TEXT_DEFAULT : LONG_TEXT_DEFAULT;
        }
        if (type == FieldType.SCALE && step == null) {
            step = BigDecimal.ONE;
        }
        if (type == FieldType.EMOTIONS && maxEmotions == null) {
            maxEmotions = MAX_EMOTIONS_DEFAULT;
        }
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** A field with just a key, type and label, and its defaults: text, date, time and emotions need nothing more. */
    public static FieldDefinition of(String key, FieldType type, String label, boolean required) {
        return new FieldDefinition(key, type, label, null, required, null, null, null, null, null, null, null, null);
    }

    /** The option with this value, or {@code null}. */
    public ChoiceOption option(String value) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst().orElse(null);
    }

    /**
     * What is wrong with this definition, in plain English for the author of an exercise file; empty when it is
     * usable. Components that do not apply to the type must be left out, which catches a misplaced limit early.
     */
    public List<String> validate() {
        List<String> problems = new ArrayList<>();
        String name = "field '" + key + "'";
        if (key == null || !KEY.matcher(key).matches() || key.length() > KEY_MAX) {
            problems.add(name + ": the key must be lower-case letters, digits and underscores, starting with a letter, "
                    + "at most " + KEY_MAX + " characters");
        }
        if (type == null) {
            problems.add(name + ": has no type");
            return problems;
        }
        text(problems, name, "label", label, LABEL_MAX, true);
        text(problems, name, "help", help, HELP_MAX, false);

        unused(problems, name, "maxLength", maxLength, type.isText());
        unused(problems, name, "min", min, type.hasRange());
        unused(problems, name, "max", max, type.hasRange());
        unused(problems, name, "step", step, type.hasRange());
        unused(problems, name, "minLabel", minLabel, type == FieldType.SCALE);
        unused(problems, name, "maxLabel", maxLabel, type == FieldType.SCALE);
        unused(problems, name, "options", options.isEmpty() ? null : options, type.hasOptions());
        unused(problems, name, "maxEmotions", maxEmotions, type == FieldType.EMOTIONS);

        switch (type) {
            case SHORT_TEXT, LONG_TEXT -> {
                int limit = type == FieldType.SHORT_TEXT ? SHORT_TEXT_LIMIT : LONG_TEXT_LIMIT;
                if (maxLength < 1 || maxLength > limit) {
                    problems.add(name + ": maxLength must be from 1 to " + limit);
                }
            }
            case NUMBER -> range(problems, name);
            case SCALE -> scale(problems, name);
            case SINGLE_CHOICE, MULTIPLE_CHOICE, CHECKLIST -> options(problems, name);
            case EMOTIONS -> {
                if (maxEmotions < 1 || maxEmotions > MAX_EMOTIONS_LIMIT) {
                    problems.add(name + ": maxEmotions must be from 1 to " + MAX_EMOTIONS_LIMIT);
                }
            }
            default -> { }
        }
        return problems;
    }

    private void range(List<String> problems, String name) {
        if (min != null && max != null && min.compareTo(max) >= 0) {
            problems.add(name + ": min must be less than max");
        }
        if (step != null && step.signum() <= 0) {
            problems.add(name + ": step must be more than 0");
        }
    }

    private void scale(List<String> problems, String name) {
        if (min == null || max == null) {
            problems.add(name + ": a scale needs min and max");
            return;
        }
        range(problems, name);
        if (step.signum() > 0 && min.compareTo(max) < 0) {
            BigDecimal[] points = max.subtract(min).divideAndRemainder(step);
            if (points[1].signum() != 0) {
                problems.add(name + ": the steps from min must land on max");
            } else if (points[0].compareTo(BigDecimal.valueOf(SCALE_MAX_POINTS - 1L)) > 0) {
                problems.add(name + ": a scale has at most " + SCALE_MAX_POINTS + " points");
            }
        }
        text(problems, name, "minLabel", minLabel, SCALE_LABEL_MAX, true);
        text(problems, name, "maxLabel", maxLabel, SCALE_LABEL_MAX, true);
    }

    private void options(List<String> problems, String name) {
        int least = type == FieldType.CHECKLIST ? 1 : 2;
        if (options.size() < least || options.size() > MAX_OPTIONS) {
            problems.add(name + ": needs " + least + " to " + MAX_OPTIONS + " options, has " + options.size());
        }
        Set<String> values = new HashSet<>();
        long scored = 0;
        for (ChoiceOption option : options) {
            String value = option == null ? null : option.value();
            if (value == null || !OPTION_VALUE.matcher(value).matches() || value.length() > OPTION_VALUE_MAX) {
                problems.add(name + ": option value '" + value + "' must be lower-case letters, digits, '_' and '-', "
                        + "at most " + OPTION_VALUE_MAX + " characters");
                continue;
            }
            if (!values.add(value)) {
                problems.add(name + ": option value '" + value + "' is used twice");
            }
            text(problems, name, "label of option '" + value + "'", option.label(), OPTION_LABEL_MAX, true);
            if (option.score() != null) {
                scored++;
            }
        }
        if (scored != 0 && scored != options.size()) {
            problems.add(name + ": either every option has a score or none has");
        }
    }

    private static void text(List<String> problems, String name, String what, String value, int max,
            boolean needed) {
        if (value == null || value.isBlank()) {
            if (needed) {
                problems.add(name + ": needs a " + what);
            }
        } else if (value.length() > max) {
            problems.add(name + ": the " + what + " is longer than " + max + " characters");
        }
    }

    private void unused(List<String> problems, String name, String what, Object value, boolean applies) {
        if (value != null && !applies) {
            problems.add(name + ": '" + what + "' does not apply to a " + type.fileName() + " field");
        }
    }
}
