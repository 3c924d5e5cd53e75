package app.securebase.perf;

import app.securebase.homework.AnswerValue;
import app.securebase.homework.ChoiceOption;
import app.securebase.homework.EmotionRating;
import app.securebase.homework.EmotionVocabulary;
import app.securebase.homework.FieldDefinition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fills in an exercise as a client would, field by field from its definitions: every required field, most optional
 * ones, values only the form could produce (options offered, scale points on the step grid, emotions from the
 * vocabulary with intensities 0 to 100). Some pairs move together as they do for people: distress after grounding is
 * lower than before, kindness after the self-compassion letter higher, and each client leans towards a few emotion
 * families. {@code AnswerWriterTest} runs every built-in exercise's answers through the application's own check,
 * {@code homework.FieldAnswer}.
 */
final class AnswerWriter {

    /** What a client tends to feel; fixed per client so their charts show a pattern rather than noise. */
    record Leaning(List<String> emotions, int baseIntensity, int mood) {

        static Leaning of(Random random, EmotionVocabulary vocabulary) {
            List<EmotionVocabulary.Family> families = new ArrayList<>(vocabulary.families());
            java.util.Collections.shuffle(families, random);
            List<String> keys = new ArrayList<>();
            for (EmotionVocabulary.Family family : families.subList(0, 3)) {
                keys.add(family.key());
                family.words().forEach(word -> keys.add(word.key()));
            }
            return new Leaning(List.copyOf(keys), 30 + random.nextInt(45), 2 + random.nextInt(7));
        }
    }

    private final EmotionVocabulary vocabulary;

    AnswerWriter(EmotionVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * A complete entry ({@code draft == false}: every required field answered) or a draft (some fields only).
     */
    Map<String, AnswerValue> entry(Random random, List<FieldDefinition> fields, Leaning leaning, LocalDate day,
            boolean draft) {
        Map<String, AnswerValue> entry = new LinkedHashMap<>();
        BigDecimal before = null;
        for (FieldDefinition field : fields) {
            boolean answer = draft ? random.nextInt(100) < 45 : field.required() || random.nextInt(100) < 70;
            if (!answer) {
                continue;
            }
            AnswerValue value = value(random, field, leaning, day, before);
            if (field.key().endsWith("_before")) {
                before = new BigDecimal(value.text());
            }
            entry.put(field.key(), value);
        }
        return entry;
    }

    private AnswerValue value(Random random, FieldDefinition field, Leaning leaning, LocalDate day,
            BigDecimal before) {
        return switch (field.type()) {
            case SHORT_TEXT -> AnswerValue.text(Texts.answer(random, field.key(), 1, field.maxLength()));
            case LONG_TEXT -> AnswerValue.text(Texts.answer(random, field.key(), 1 + random.nextInt(3),
                    field.maxLength()));
            case NUMBER, SCALE -> AnswerValue.text(point(random, field, leaning, before).toPlainString());
            case DATE -> AnswerValue.text(day.minusDays(random.nextInt(2)).toString());
            case TIME -> AnswerValue.text(LocalTime.of(7 + random.nextInt(16), random.nextInt(4) * 15).toString());
            case SINGLE_CHOICE -> AnswerValue.text(Texts.pick(random, field.options()).value());
            case MULTIPLE_CHOICE, CHECKLIST -> AnswerValue.choices(someOptions(random, field.options()));
            case EMOTIONS -> AnswerValue.emotions(emotions(random, field.maxEmotions(), leaning));
        };
    }

    /** A point on the field's grid: min + k * step, within max; "after" values follow their "before". */
    static BigDecimal point(Random random, FieldDefinition field, Leaning leaning, BigDecimal before) {
        BigDecimal min = field.min() == null ? BigDecimal.ZERO : field.min();
        BigDecimal max = field.max() == null ? min.add(BigDecimal.TEN) : field.max();
        BigDecimal step = field.step() == null ? BigDecimal.ONE : field.step();
        int steps = max.subtract(min).divideToIntegralValue(step).intValue();
        int k;
        double share;
        String key = field.key();
        if (key.endsWith("_after") && before != null) {
            int beforeSteps = before.subtract(min).divideToIntegralValue(step).intValue();
            boolean up = key.startsWith("kindness");
            int change = random.nextInt(Math.max(1, steps / 3) + 1);
            k = up ? beforeSteps + change : beforeSteps - change;
        } else {
            share = key.equals("mood") || key.equals("cared_for") ? leaning.mood() / 10.0
                    : key.startsWith("distress") || key.startsWith("intensity") || key.equals("strength")
                            ? leaning.baseIntensity() / 100.0 + 0.15
                            : 0.5;
            k = (int) Math.round(steps * share + random.nextGaussian() * steps / 6.0);
        }
        k = Math.max(0, Math.min(steps, k));
        return min.add(step.multiply(BigDecimal.valueOf(k))).stripTrailingZeros();
    }

    private static List<String> someOptions(Random random, List<ChoiceOption> options) {
        List<ChoiceOption> shuffled = new ArrayList<>(options);
        java.util.Collections.shuffle(shuffled, random);
        int n = 1 + random.nextInt(Math.min(4, shuffled.size()));
        return shuffled.subList(0, n).stream().map(ChoiceOption::value).toList();
    }

    private List<EmotionRating> emotions(Random random, int max, Leaning leaning) {
        int n = 1 + random.nextInt(Math.min(max, 3));
        List<EmotionRating> ratings = new ArrayList<>();
        List<String> used = new ArrayList<>();
        while (ratings.size() < n) {
            String key = random.nextInt(5) == 0 ? Texts.pick(random, vocabulary.keys())
                    : Texts.pick(random, leaning.emotions());
            if (used.contains(key)) {
                continue;
            }
            used.add(key);
            int intensity = (int) Math.round((leaning.baseIntensity() + random.nextGaussian() * 20) / 5) * 5;
            ratings.add(new EmotionRating(key, Math.max(EmotionRating.MIN_INTENSITY,
                    Math.min(EmotionRating.MAX_INTENSITY, intensity))));
        }
        return ratings;
    }
}
