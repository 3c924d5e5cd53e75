package app.securebase.homework.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.homework.AnswerValue;
import app.securebase.homework.ChoiceOption;
import app.securebase.homework.EmotionRating;
import app.securebase.homework.EmotionVocabulary;
import app.securebase.homework.FieldDefinition;
import app.securebase.homework.FieldType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** How a submitted entry reads for the clinician, and that every refusal the domain can give has its English text. */
class AnswerTextTest {

    private static final EmotionVocabulary WORDS = EmotionVocabulary.builtIn();

    private static final FieldDefinition MOOD = new FieldDefinition("mood", FieldType.SCALE, "Mood", null, true, null,
            BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ONE, "Very low", "Very good", null, null);
    private static final FieldDefinition NEED = new FieldDefinition("need", FieldType.SINGLE_CHOICE, "Need", null, false,
            null, null, null, null, null, null, List.of(ChoiceOption.of("rest", "Rest"),
            ChoiceOption.of("company", "Company or connection")), null);
    private static final FieldDefinition DONE = new FieldDefinition("done", FieldType.CHECKLIST, "Done", null, false,
            null, null, null, null, null, null, List.of(ChoiceOption.of("sleep", "Sleep"),
            ChoiceOption.of("meals", "Regular meals")), null);

    @Test
    void aScaleShowsItsRangeAndAChoiceItsLabel() {
        assertEquals(List.of("7 / 10"), AnswerText.lines(MOOD, AnswerValue.text("7"), WORDS));
        assertEquals(List.of("Company or connection"), AnswerText.lines(NEED, AnswerValue.text("company"), WORDS));
        assertEquals(List.of("Sleep", "Regular meals"), AnswerText.lines(DONE, AnswerValue.choices("sleep", "meals"), WORDS));
    }

    @Test
    void emotionsShowTheirFamilyAndIntensity() {
        FieldDefinition field = FieldDefinition.of("feel", FieldType.EMOTIONS, "Feelings", true);
        assertEquals(List.of("Sad – lonely: 40", "Mad: 10", "Scared"), AnswerText.lines(field, AnswerValue.emotions(
                new EmotionRating("sad.lonely", 40), new EmotionRating("mad", 10), new EmotionRating("scared", null)),
                WORDS));
    }

    @Test
    void emptyAndUnexpectedAnswersAreShownNotHidden() {
        assertEquals(List.of(AnswerText.NONE), AnswerText.lines(MOOD, null, WORDS));
        assertEquals(List.of(AnswerText.NONE), AnswerText.lines(NEED, AnswerValue.text("  "), WORDS));
        assertEquals(List.of("never-offered"), AnswerText.lines(NEED, AnswerValue.text("never-offered"), WORDS));
        assertEquals(List.of(AnswerText.NONE), AnswerText.lines(MOOD, AnswerValue.choices("7"), WORDS));
        FieldDefinition date = FieldDefinition.of("when", FieldType.DATE, "When", false);
        assertEquals(List.of("Sat 21 Nov 2026"), AnswerText.lines(date, AnswerValue.text("2026-11-21"), WORDS));
        assertEquals(List.of("21/11"), AnswerText.lines(date, AnswerValue.text("21/11"), WORDS));
        FieldDefinition text = FieldDefinition.of("note", FieldType.LONG_TEXT, "Note", false);
        assertEquals(List.of("two\nlines"), AnswerText.lines(text, AnswerValue.text("two\nlines"), WORDS));
    }

    @Test
    void everyRefusalOfTheHomeworkDomainHasItsText() throws IOException {
        Properties messages = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/app/securebase/i18n/messages.properties"))) {
            messages.load(in);
        }
        Pattern key = Pattern.compile("\"(homework\\.(?:schedule|assign|cancel|review)\\.error\\.[A-Za-z]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Stream.concat(Files.list(Path.of("src/main/java/app/securebase/homework")),
                Files.list(Path.of("src/main/java/app/securebase/homework/web")))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(source));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() >= 20, used.toString());
        assertEquals(Set.of(), used.stream().filter(k -> !messages.containsKey(k))
                .collect(java.util.stream.Collectors.toSet()));
    }
}
