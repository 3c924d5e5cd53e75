package app.securebase.homework.web;

import app.securebase.homework.AnswerValue;
import app.securebase.homework.ChoiceOption;
import app.securebase.homework.EmotionRating;
import app.securebase.homework.EmotionVocabulary;
import app.securebase.homework.FieldDefinition;
import app.securebase.homework.FieldType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One field of the client's form as the page edits it: the definition, and what the client has put in so far in the
 * shape the inputs need (text, ticked option values, or every emotion word with a tick and an intensity). The page
 * binds its inputs here; {@link #value()} turns it back into the {@link AnswerValue} the service stores.
 *
 * <p>Every value is kept as the client typed it (a number or an intensity is text), so that a value the server will
 * refuse still reaches the draft and the check on submit, instead of failing a converter and being lost.
 */
public class EntryField implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A scale with at most this many points is a row of radio buttons; a longer one a slider with a number box. */
    static final int RADIO_SCALE_POINTS = 11;

    private final FieldDefinition definition;
    private String text;
    private List<String> choices = new ArrayList<>();
    private final List<EmotionFamily> families;
    private final List<String> problems = new ArrayList<>();

    /** One point of a scale, with the end labels on the first and last. */
    public record ScalePoint(String value, String endLabel) implements Serializable {
    }

    /** One family of the emotion picker: the family itself (when no word fits) and its words. */
    public record EmotionFamily(String key, String label, List<EmotionChoice> choices) implements Serializable {
    }

    /** One emotion the client may tick, and how strong it was. */
    public static class EmotionChoice implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String key;
        private final String label;
        private final boolean family;
        private boolean chosen;
        private String intensity;

        EmotionChoice(String key, String label, boolean family) {
            this.key = key;
            this.label = label;
            this.family = family;
        }

        public String getKey() {
            return key;
        }

        public String getLabel() {
            return label;
        }

        /** The word as it reads inside a sentence: "lonely", "empty or numb". */
        public String getLowerLabel() {
            return lowerFirst(label);
        }

        /** The family's own entry ("Sad, in general"), for when no specific word fits. */
        public boolean isFamily() {
            return family;
        }

        /** A safe HTML id fragment: {@code sad.lonely} is {@code sad-lonely}. */
        public String getDomKey() {
            return key.replace('.', '-');
        }

        public boolean isChosen() {
            return chosen;
        }

        public void setChosen(boolean chosen) {
            this.chosen = chosen;
        }

        public String getIntensity() {
            return intensity;
        }

        public void setIntensity(String intensity) {
            this.intensity = intensity;
        }

        EmotionRating rating() {
            return new EmotionRating(key, parseIntensity(intensity));
        }
    }

    EntryField(FieldDefinition definition, AnswerValue saved, EmotionVocabulary vocabulary) {
        this.definition = definition;
        AnswerValue value = saved == null ? AnswerValue.EMPTY : saved;
        this.text = value.text();
        if (value.choices() != null) {
            // Only options the form offers: the boxes cannot show anything else.
            value.choices().stream().filter(c -> c != null && definition.option(c) != null && !choices.contains(c))
                    .forEach(choices::add);
        }
        if (definition.type() == FieldType.EMOTIONS) {
            Map<String, EmotionRating> rated = new LinkedHashMap<>();
            if (value.emotions() != null) {
                value.emotions().stream().filter(r -> r != null && r.emotion() != null)
                        .forEach(r -> rated.putIfAbsent(r.emotion(), r));
            }
            List<EmotionFamily> list = new ArrayList<>();
            for (EmotionVocabulary.Family family : vocabulary.families()) {
                List<EmotionChoice> words = new ArrayList<>();
                words.add(choice(family.key(), family.label(), true, rated));
                family.words().forEach(word -> words.add(choice(word.key(), word.label(), false, rated)));
                list.add(new EmotionFamily(family.key(), family.label(), List.copyOf(words)));
            }
            this.families = List.copyOf(list);
        } else {
            this.families = List.of();
        }
    }

    private static EmotionChoice choice(String key, String label, boolean family, Map<String, EmotionRating> rated) {
        EmotionChoice choice = new EmotionChoice(key, label, family);
        EmotionRating rating = rated.get(key);
        if (rating != null) {
            choice.chosen = true;
            choice.intensity = rating.intensity() == null ? null : String.valueOf(rating.intensity());
        }
        return choice;
    }

    /** What the client has given, as the service stores it; an unanswered field is {@link AnswerValue#EMPTY}. */
    public AnswerValue value() {
        return switch (definition.type()) {
            case MULTIPLE_CHOICE, CHECKLIST -> choices == null || choices.isEmpty() ? AnswerValue.EMPTY
                    : AnswerValue.choices(List.copyOf(choices));
            case EMOTIONS -> {
                List<EmotionRating> ratings = families.stream().flatMap(f -> f.choices().stream())
                        .filter(EmotionChoice::isChosen).map(EmotionChoice::rating).toList();
                yield ratings.isEmpty() ? AnswerValue.EMPTY : AnswerValue.emotions(ratings);
            }
            default -> text == null || text.isBlank() ? AnswerValue.EMPTY : AnswerValue.text(text);
        };
    }

    static Integer parseIntensity(String text) {
        if (text == null || !text.strip().matches("-?\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }

    public FieldDefinition getDefinition() {
        return definition;
    }

    public String getKey() {
        return definition.key();
    }

    /** The type's name, for the page to pick the input: {@code SHORT_TEXT}, {@code EMOTIONS}, ... */
    public String getType() {
        return definition.type().name();
    }

    public String getLabel() {
        return definition.label();
    }

    public String getHelp() {
        return definition.help();
    }

    public boolean isRequired() {
        return definition.required();
    }

    public Integer getMaxLength() {
        return definition.maxLength();
    }

    public List<ChoiceOption> getOptions() {
        return definition.options();
    }

    public Integer getMaxEmotions() {
        return definition.maxEmotions();
    }

    /** Whether this field is a group of inputs (a fieldset with a legend) rather than one labelled input. */
    public boolean isGroup() {
        return switch (definition.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, CHECKLIST, EMOTIONS -> true;
            case SCALE -> isRadioScale();
            default -> false;
        };
    }

    public boolean isRadioScale() {
        return definition.type() == FieldType.SCALE && points() <= RADIO_SCALE_POINTS;
    }

    private long points() {
        return definition.max().subtract(definition.min()).divideToIntegralValue(definition.step()).longValue() + 1;
    }

    /** The points of a scale, min to max. */
    public List<ScalePoint> getScalePoints() {
        List<ScalePoint> points = new ArrayList<>();
        BigDecimal point = definition.min();
        while (point.compareTo(definition.max()) <= 0) {
            String label = point.compareTo(definition.min()) == 0 ? definition.minLabel()
                    : point.compareTo(definition.max()) == 0 ? definition.maxLabel() : null;
            points.add(new ScalePoint(plain(point), label));
            point = point.add(definition.step());
        }
        return points;
    }

    public String getMin() {
        return definition.min() == null ? null : plain(definition.min());
    }

    public String getMax() {
        return definition.max() == null ? null : plain(definition.max());
    }

    public String getStep() {
        return definition.step() == null ? null : plain(definition.step());
    }

    /** A scale's step for the slider, which moves in whole numbers only when the step is whole. */
    public double getStepValue() {
        return definition.step() == null ? 1 : definition.step().doubleValue();
    }

    public double getMinValue() {
        return definition.min() == null ? 0 : definition.min().doubleValue();
    }

    public double getMaxValue() {
        return definition.max() == null ? 100 : definition.max().doubleValue();
    }

    public String getMinLabel() {
        return definition.minLabel();
    }

    public String getMaxLabel() {
        return definition.maxLabel();
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<String> getChoices() {
        return choices;
    }

    public void setChoices(List<String> choices) {
        this.choices = choices == null ? new ArrayList<>() : new ArrayList<>(choices);
    }

    public List<EmotionFamily> getFamilies() {
        return families;
    }

    /** How many emotions are ticked now. */
    public long getChosenCount() {
        return families.stream().flatMap(f -> f.choices().stream()).filter(EmotionChoice::isChosen).count();
    }

    /** What the last submit found wrong with this field, as sentences. */
    public List<String> getProblems() {
        return problems;
    }

    public boolean isInvalid() {
        return !problems.isEmpty();
    }

    void clearProblems() {
        problems.clear();
    }

    void addProblem(String message) {
        problems.add(message);
    }

    /** Lower-cases a label's first letter for use inside a sentence ("lonely"), keeping acronyms as they are. */
    static String lowerFirst(String label) {
        if (label != null && label.length() > 1 && Character.isUpperCase(label.charAt(0))
                && Character.isLowerCase(label.charAt(1))) {
            return Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label;
    }
}
