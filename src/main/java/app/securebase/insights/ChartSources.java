package app.securebase.insights;

import app.securebase.homework.AnswerValue;
import app.securebase.homework.ChoiceOption;
import app.securebase.homework.EmotionRating;
import app.securebase.homework.FieldDefinition;
import app.securebase.homework.FieldType;
import app.securebase.homework.HomeworkJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which answers of which submitted entries feed the charts, read from the stored entry JSON by exercise slug, field
 * key and field type, never by a title: slugs and keys are the exercises' stable identifiers (see the exercises'
 * README), and an assignment keeps the version, so the keys of an old entry still mean what they meant.
 *
 * <ul>
 *   <li>Emotions: every {@link FieldType#EMOTIONS} field of the emotion log and the daily check-in (the emotion fields
 *       of other exercises describe a trigger or a relationship, not how the client felt at a moment).</li>
 *   <li>Triggers: the options ticked in the trigger map's {@code kinds} field, by their label in the entry's version.</li>
 *   <li>Grounding: the {@code distress_before} and {@code distress_after} scales of the grounding practice log.</li>
 * </ul>
 */
public final class ChartSources {

    public static final String EMOTION_LOG = "emotion-log";
    public static final String DAILY_CHECK_IN = "daily-check-in";
    public static final String TRIGGER_MAP = "trigger-map";
    public static final String GROUNDING_LOG = "grounding-practice-log";

    /** The exercises whose entries any chart reads; the query selects only these. */
    public static final Set<String> SLUGS = Set.of(EMOTION_LOG, DAILY_CHECK_IN, TRIGGER_MAP, GROUNDING_LOG);

    static final String TRIGGER_KINDS = "kinds";
    static final String DISTRESS_BEFORE = "distress_before";
    static final String DISTRESS_AFTER = "distress_after";

    /** One submitted entry: its day on the client's calendar, its exercise, the fields of its version, the JSON. */
    public record Entry(LocalDate day, String slug, List<FieldDefinition> fields, String entryJson) {
    }

    /** What the entries hold for the charts. Trigger values are option labels. */
    public record Collected(List<EmotionTrend.Sample> emotions, List<String> triggers,
            List<GroundingPairs.Sample> grounding) {
    }

    private ChartSources() {
    }

    public static Collected collect(List<Entry> entries) {
        List<EmotionTrend.Sample> emotions = new ArrayList<>();
        List<String> triggers = new ArrayList<>();
        List<GroundingPairs.Sample> grounding = new ArrayList<>();
        for (Entry entry : entries) {
            Map<String, AnswerValue> values = HomeworkJson.readEntry(entry.entryJson());
            switch (entry.slug()) {
                case EMOTION_LOG, DAILY_CHECK_IN -> {
                    for (FieldDefinition field : entry.fields()) {
                        AnswerValue value = values.get(field.key());
                        if (field.type() == FieldType.EMOTIONS && value != null && value.emotions() != null) {
                            for (EmotionRating rating : value.emotions()) {
                                if (rating != null && rating.emotion() != null && rating.intensity() != null) {
                                    emotions.add(new EmotionTrend.Sample(entry.day(), rating.emotion(),
                                            rating.intensity()));
                                }
                            }
                        }
                    }
                }
                case TRIGGER_MAP -> {
                    FieldDefinition kinds = field(entry, TRIGGER_KINDS, FieldType.MULTIPLE_CHOICE);
                    AnswerValue value = values.get(TRIGGER_KINDS);
                    if (kinds != null && value != null && value.choices() != null) {
                        value.choices().stream().filter(c -> c != null && !c.isBlank()).forEach(choice -> {
                            ChoiceOption option = kinds.option(choice);
                            triggers.add(option == null ? choice : option.label());
                        });
                    }
                }
                case GROUNDING_LOG -> {
                    Integer before = scale(entry, values, DISTRESS_BEFORE);
                    Integer after = scale(entry, values, DISTRESS_AFTER);
                    if (before != null || after != null) {
                        grounding.add(new GroundingPairs.Sample(entry.day(), before, after));
                    }
                }
                default -> {
                    // Not a chart source.
                }
            }
        }
        return new Collected(List.copyOf(emotions), List.copyOf(triggers), List.copyOf(grounding));
    }

    private static FieldDefinition field(Entry entry, String key, FieldType type) {
        return entry.fields().stream().filter(f -> f.key().equals(key) && f.type() == type).findFirst().orElse(null);
    }

    private static Integer scale(Entry entry, Map<String, AnswerValue> values, String key) {
        AnswerValue value = values.get(key);
        if (field(entry, key, FieldType.SCALE) == null || value == null || value.text() == null) {
            return null;
        }
        try {
            return new BigDecimal(value.text().strip()).intValue();
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
