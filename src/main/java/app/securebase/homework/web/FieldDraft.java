package app.securebase.homework.web;

import app.securebase.homework.ChoiceOption;
import app.securebase.homework.FieldDefinition;
import app.securebase.homework.FieldType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One field as the exercise builder edits it: every setting of every type, so that switching the type loses nothing
 * typed, turned into a {@link FieldDefinition} with only the settings that type uses. Keys and option values are made
 * from the labels the first time and then kept, because stored answers refer to them.
 */
public class FieldDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private FieldType type = FieldType.SHORT_TEXT;
    private String label;
    private String help;
    private boolean required;
    private Integer maxLength;
    private BigDecimal min;
    private BigDecimal max;
    private BigDecimal step;
    private String minLabel;
    private String maxLabel;
    private String options;
    private Integer maxEmotions;
    private List<ChoiceOption> knownOptions = new ArrayList<>();

    public static FieldDraft of(FieldType type) {
        FieldDraft draft = new FieldDraft();
        draft.type = type;
        draft.defaults();
        return draft;
    }

    public static FieldDraft of(FieldDefinition field) {
        FieldDraft draft = new FieldDraft();
        draft.key = field.key();
        draft.type = field.type();
        draft.label = field.label();
        draft.help = field.help();
        draft.required = field.required();
        draft.maxLength = field.maxLength();
        draft.min = field.min();
        draft.max = field.max();
        draft.step = field.step();
        draft.minLabel = field.minLabel();
        draft.maxLabel = field.maxLabel();
        draft.maxEmotions = field.maxEmotions();
        draft.knownOptions = new ArrayList<>(field.options());
        draft.options = field.options().stream().map(ChoiceOption::label).collect(Collectors.joining("\n"));
        draft.defaults();
        return draft;
    }

    /** Sensible starting values for the settings of the current type that are still empty. */
    public void defaults() {
        if (type == FieldType.SCALE) {
            min = min == null ? BigDecimal.ZERO : min;
            max = max == null ? BigDecimal.TEN : max;
            step = step == null ? BigDecimal.ONE : step;
            minLabel = minLabel == null ? "Not at all" : minLabel;
            maxLabel = maxLabel == null ? "Very much" : maxLabel;
        }
        if (type == FieldType.SHORT_TEXT && maxLength == null) {
            maxLength = FieldDefinition.SHORT_TEXT_DEFAULT;
        }
        if (type == FieldType.LONG_TEXT && (maxLength == null || maxLength == FieldDefinition.SHORT_TEXT_DEFAULT)) {
            maxLength = FieldDefinition.LONG_TEXT_DEFAULT;
        }
        if (type == FieldType.EMOTIONS && maxEmotions == null) {
            maxEmotions = FieldDefinition.MAX_EMOTIONS_DEFAULT;
        }
    }

    /** The definition, with a key made unique among {@code usedKeys} (which it joins). */
    public FieldDefinition toDefinition(Set<String> usedKeys) {
        if (key == null || key.isBlank()) {
            key = unique(slug(label, "_", "field"), usedKeys);
        }
        usedKeys.add(key);
        List<ChoiceOption> choices = type.hasOptions() ? choices() : List.of();
        return new FieldDefinition(key, type, label == null ? "" : label.strip(), blankToNull(help), required,
                type.isText() ? maxLength : null,
                type.hasRange() ? min : null, type.hasRange() ? max : null,
                type.hasRange() ? step : null,
                type == FieldType.SCALE ? blankToNull(minLabel) : null,
                type == FieldType.SCALE ? blankToNull(maxLabel) : null,
                choices, type == FieldType.EMOTIONS ? maxEmotions : null);
    }

    /** One option a line; an option keeps its value while its label is unchanged. */
    private List<ChoiceOption> choices() {
        List<ChoiceOption> choices = new ArrayList<>();
        Set<String> values = new HashSet<>();
        for (String line : (options == null ? "" : options).split("\n")) {
            String optionLabel = line.strip();
            if (optionLabel.isEmpty()) {
                continue;
            }
            String value = knownOptions.stream().filter(o -> o.label().equals(optionLabel)).map(ChoiceOption::value)
                    .findFirst().orElseGet(() -> slug(optionLabel, "-", "option"));
            value = unique(value, values);
            values.add(value);
            choices.add(new ChoiceOption(value, optionLabel, null));
        }
        knownOptions = choices;
        return choices;
    }

    static String slug(String text, String separator, String fallback) {
        String slug = text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", separator)
                .replaceAll("^" + separator + "+|" + separator + "+$", "");
        if (slug.isEmpty() || !Character.isLetter(slug.charAt(0))) {
            slug = fallback + (slug.isEmpty() ? "" : separator + slug);
        }
        return slug.length() > 30 ? slug.substring(0, 30).replaceAll(separator + "+$", "") : slug;
    }

    private static String unique(String base, Set<String> used) {
        String candidate = base;
        for (int n = 2; used.contains(candidate); n++) {
            candidate = base + "_" + n;
        }
        return candidate;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isText() {
        return type.isText();
    }

    public boolean isRange() {
        return type.hasRange();
    }

    public boolean isScale() {
        return type == FieldType.SCALE;
    }

    public boolean isChoice() {
        return type.hasOptions();
    }

    public boolean isEmotions() {
        return type == FieldType.EMOTIONS;
    }

    public String getKey() {
        return key;
    }

    public FieldType getType() {
        return type;
    }

    public void setType(FieldType type) {
        this.type = type;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getHelp() {
        return help;
    }

    public void setHelp(String help) {
        this.help = help;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public Integer getMaxLength() {
        return maxLength;
    }

    public void setMaxLength(Integer maxLength) {
        this.maxLength = maxLength;
    }

    public BigDecimal getMin() {
        return min;
    }

    public void setMin(BigDecimal min) {
        this.min = min;
    }

    public BigDecimal getMax() {
        return max;
    }

    public void setMax(BigDecimal max) {
        this.max = max;
    }

    public BigDecimal getStep() {
        return step;
    }

    public void setStep(BigDecimal step) {
        this.step = step;
    }

    public String getMinLabel() {
        return minLabel;
    }

    public void setMinLabel(String minLabel) {
        this.minLabel = minLabel;
    }

    public String getMaxLabel() {
        return maxLabel;
    }

    public void setMaxLabel(String maxLabel) {
        this.maxLabel = maxLabel;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }

    public Integer getMaxEmotions() {
        return maxEmotions;
    }

    public void setMaxEmotions(Integer maxEmotions) {
        this.maxEmotions = maxEmotions;
    }
}
