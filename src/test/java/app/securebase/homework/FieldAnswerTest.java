package app.securebase.homework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldAnswerTest {

    private static final FieldDefinition SHORT = new FieldDefinition("name", FieldType.SHORT_TEXT, "Name", null, true,
            10, null, null, null, null, null, null, null);
    private static final FieldDefinition LONG = FieldDefinition.of("story", FieldType.LONG_TEXT, "Story", false);
    private static final FieldDefinition NUMBER = new FieldDefinition("hours", FieldType.NUMBER, "Hours", null, false,
            null, BigDecimal.ZERO, new BigDecimal("24"), new BigDecimal("0.5"), null, null, null, null);
    private static final FieldDefinition AT_LEAST = new FieldDefinition("count", FieldType.NUMBER, "Count", null,
            false, null, BigDecimal.ONE, null, null, null, null, null, null);
    private static final FieldDefinition AT_MOST = new FieldDefinition("debt", FieldType.NUMBER, "Debt", null,
            false, null, null, BigDecimal.TEN, null, null, null, null, null);
    private static final FieldDefinition DATE = FieldDefinition.of("day", FieldType.DATE, "Day", true);
    private static final FieldDefinition TIME = FieldDefinition.of("at", FieldType.TIME, "At", false);
    private static final FieldDefinition SCALE = new FieldDefinition("distress", FieldType.SCALE, "Distress", null,
            true, null, BigDecimal.ZERO, new BigDecimal("100"), new BigDecimal("5"), "Calm", "Worst", null, null);
    private static final List<ChoiceOption> OPTIONS = List.of(ChoiceOption.of("sleep", "Sleep"),
            ChoiceOption.of("meals", "Meals"), ChoiceOption.of("support_group", "Support group"));
    private static final FieldDefinition SINGLE = new FieldDefinition("one", FieldType.SINGLE_CHOICE, "One", null,
            true, null, null, null, null, null, null, OPTIONS, null);
    private static final FieldDefinition MULTIPLE = new FieldDefinition("many", FieldType.MULTIPLE_CHOICE, "Many",
            null, false, null, null, null, null, null, null, OPTIONS, null);
    private static final FieldDefinition CHECKLIST = new FieldDefinition("done", FieldType.CHECKLIST, "Done", null,
            true, null, null, null, null, null, null, OPTIONS, null);
    private static final FieldDefinition EMOTIONS = new FieldDefinition("feel", FieldType.EMOTIONS, "Feel", null,
            true, null, null, null, null, null, null, null, 2);

    private static List<String> keys(FieldDefinition field, AnswerValue value) {
        return FieldAnswer.check(field, value).stream().map(AnswerProblem::messageKey).toList();
    }

    private static String error(String name) {
        return "homework.answer.error." + name;
    }

    @Test
    void requiredFieldsNeedAnAnswerAndOptionalOnesDoNot() {
        for (FieldDefinition field : List.of(SHORT, DATE, SCALE, SINGLE, CHECKLIST, EMOTIONS)) {
            assertEquals(List.of(error("required")), keys(field, null), field.key());
            assertEquals(List.of(error("required")), keys(field, AnswerValue.EMPTY), field.key());
        }
        assertEquals(List.of(error("required")), keys(SHORT, AnswerValue.text("   ")));
        assertEquals(List.of(error("required")), keys(CHECKLIST, AnswerValue.choices(List.of())));
        assertEquals(List.of(error("required")), keys(EMOTIONS, AnswerValue.emotions(List.of())));
        for (FieldDefinition field : List.of(LONG, NUMBER, TIME, MULTIPLE)) {
            assertEquals(List.of(), keys(field, null), field.key());
            assertEquals(List.of(), keys(field, AnswerValue.text("")), field.key());
        }
    }

    @Test
    void textIsLimitedInLengthCountingLineBreaksOnce() {
        assertEquals(List.of(), keys(SHORT, AnswerValue.text("0123456789")));
        assertEquals(List.of(), keys(SHORT, AnswerValue.text("  0123456789  ")), "surrounding spaces do not count");
        assertEquals(List.of(), keys(SHORT, AnswerValue.text("0123\r\n5678")), "a line break counts as one");
        List<AnswerProblem> problems = FieldAnswer.check(SHORT, AnswerValue.text("01234567890"));
        assertEquals(List.of(new AnswerProblem("name", error("tooLong"), List.of(10))), problems);
        assertEquals(5000, LONG.maxLength());
        assertEquals(List.of(), keys(LONG, AnswerValue.text("x".repeat(5000))));
        assertEquals(List.of(error("tooLong")), keys(LONG, AnswerValue.text("x".repeat(5001))));
    }

    @Test
    void numbersMustParseAndStayInRangeAndOnStep() {
        assertEquals(List.of(), keys(NUMBER, AnswerValue.text("7.5")));
        assertEquals(List.of(), keys(NUMBER, AnswerValue.text("0")));
        assertEquals(List.of(), keys(NUMBER, AnswerValue.text("24")));
        for (String notANumber : List.of("seven", "7,5", "1e1", "7.", "--1", "0x10", "NaN", "Infinity")) {
            assertEquals(List.of(error("notANumber")), keys(NUMBER, AnswerValue.text(notANumber)), notANumber);
        }
        List<AnswerProblem> range = FieldAnswer.check(NUMBER, AnswerValue.text("24.5"));
        assertEquals(List.of(new AnswerProblem("hours", error("outOfRange"), List.of("0", "24"))), range);
        assertEquals(List.of(error("outOfRange")), keys(NUMBER, AnswerValue.text("-1")));
        List<AnswerProblem> step = FieldAnswer.check(NUMBER, AnswerValue.text("7.25"));
        assertEquals(List.of(new AnswerProblem("hours", error("offStep"), List.of("0.5"))), step);
        assertEquals(List.of(error("belowMin")), keys(AT_LEAST, AnswerValue.text("0")));
        assertEquals(List.of(), keys(AT_LEAST, AnswerValue.text("123456.789")), "no step: any decimal");
        assertEquals(List.of(error("aboveMax")), keys(AT_MOST, AnswerValue.text("10.01")));
        assertEquals(List.of(), keys(AT_MOST, AnswerValue.text("-3")));
    }

    @Test
    void datesAndTimesMustParse() {
        assertEquals(List.of(), keys(DATE, AnswerValue.text("2025-02-28")));
        for (String bad : List.of("2025-02-30", "28/02/2025", "2025-2-8", "tomorrow")) {
            assertEquals(List.of(error("notADate")), keys(DATE, AnswerValue.text(bad)), bad);
        }
        assertEquals(List.of(), keys(TIME, AnswerValue.text("07:05")));
        assertEquals(List.of(), keys(TIME, AnswerValue.text("23:59")));
        for (String bad : List.of("24:00", "7:05", "07:60", "07:05:00", "noon")) {
            assertEquals(List.of(error("notATime")), keys(TIME, AnswerValue.text(bad)), bad);
        }
    }

    @Test
    void aScaleTakesOnlyItsOwnPoints() {
        assertEquals(List.of(), keys(SCALE, AnswerValue.text("0")));
        assertEquals(List.of(), keys(SCALE, AnswerValue.text("35")));
        assertEquals(List.of(), keys(SCALE, AnswerValue.text("100")));
        List<AnswerProblem> problems = FieldAnswer.check(SCALE, AnswerValue.text("101"));
        assertEquals(List.of(new AnswerProblem("distress", error("notOnScale"), List.of("0", "100", "5"))), problems);
        for (String bad : List.of("-5", "37", "35.5", "high")) {
            assertEquals(List.of(error("notOnScale")), keys(SCALE, AnswerValue.text(bad)), bad);
        }
    }

    @Test
    void aChoiceMustBeOneThatWasOffered() {
        assertEquals(List.of(), keys(SINGLE, AnswerValue.text("meals")));
        assertEquals(List.of(error("unknownOption")), keys(SINGLE, AnswerValue.text("Meals")));
        assertEquals(List.of(error("unknownOption")), keys(SINGLE, AnswerValue.text("<script>")));

        assertEquals(List.of(), keys(MULTIPLE, AnswerValue.choices("sleep", "support_group")));
        assertEquals(List.of(), keys(CHECKLIST, AnswerValue.choices("meals")));
        assertEquals(List.of(error("unknownOption")), keys(MULTIPLE, AnswerValue.choices("sleep", "admin")));
        assertEquals(List.of(error("unknownOption")), keys(CHECKLIST, AnswerValue.choices(List.of("sleep", "x"))));
        assertEquals(List.of(error("unknownOption")),
                keys(CHECKLIST, AnswerValue.choices(java.util.Arrays.asList("sleep", null))));
        assertEquals(List.of(error("repeatedOption")), keys(CHECKLIST, AnswerValue.choices("sleep", "sleep")));
    }

    @Test
    void aValueOfTheWrongShapeIsRefused() {
        assertEquals(List.of(error("wrongShape")), keys(SINGLE, AnswerValue.choices("sleep")));
        assertEquals(List.of(error("wrongShape")), keys(CHECKLIST, AnswerValue.text("sleep")));
        assertEquals(List.of(error("wrongShape")), keys(SHORT, AnswerValue.emotions(new EmotionRating("sad", 5))));
        assertEquals(List.of(error("wrongShape")), keys(EMOTIONS, AnswerValue.text("sad")));
        assertEquals(List.of(error("wrongShape")), keys(LONG, new AnswerValue("text", List.of("sleep"), null)));
    }

    @Test
    void emotionsAreLimitedInNumberAndRatedFromZeroToHundred() {
        assertEquals(List.of(), keys(EMOTIONS, AnswerValue.emotions(new EmotionRating("sad.lonely", 0),
                new EmotionRating("peaceful", 100))));
        List<AnswerProblem> tooMany = FieldAnswer.check(EMOTIONS, AnswerValue.emotions(
                new EmotionRating("sad.lonely", 40), new EmotionRating("mad.annoyed", 40),
                new EmotionRating("scared.worried", 40)));
        assertEquals(List.of(new AnswerProblem("feel", error("tooManyEmotions"), List.of(2))), tooMany);
        assertEquals(List.of(error("unknownEmotion")), keys(EMOTIONS,
                AnswerValue.emotions(new EmotionRating("sad.sleepy", 40))));
        assertEquals(List.of(error("unknownEmotion")), keys(EMOTIONS,
                AnswerValue.emotions(new EmotionRating(null, 40))));
        assertEquals(List.of(error("repeatedEmotion")), keys(EMOTIONS,
                AnswerValue.emotions(new EmotionRating("sad.lonely", 40), new EmotionRating("sad.lonely", 60))));

        List<AnswerProblem> high = FieldAnswer.check(EMOTIONS,
                AnswerValue.emotions(new EmotionRating("sad.lonely", 101)));
        assertEquals(List.of(new AnswerProblem("feel", error("intensityOutOfRange"), List.of("Lonely", 0, 100))), high);
        assertEquals(List.of(error("intensityOutOfRange")), keys(EMOTIONS,
                AnswerValue.emotions(new EmotionRating("joyful.happy", -1))));
        List<AnswerProblem> missing = FieldAnswer.check(EMOTIONS,
                AnswerValue.emotions(new EmotionRating("mad", null)));
        assertEquals(List.of(new AnswerProblem("feel", error("intensityMissing"), List.of("Mad", 0, 100))), missing);
    }

    @Test
    void aWholeEntryIsCheckedFieldByFieldAndUnknownFieldsAreRefused() {
        Map<String, AnswerValue> entry = new LinkedHashMap<>();
        entry.put("name", AnswerValue.text("Sam"));
        entry.put("done", AnswerValue.choices("sleep"));
        entry.put("isAdmin", AnswerValue.text("true"));
        List<AnswerProblem> problems = FieldAnswer.checkAll(List.of(SHORT, DATE, CHECKLIST), entry);
        assertEquals(List.of(new AnswerProblem("day", error("required"), List.of()),
                new AnswerProblem("isAdmin", error("unknownField"), List.of())), problems);
    }

    @Test
    void theBuiltInCheckInAcceptsAQuickAnswer() {
        ExerciseFile checkIn = BuiltInExercises.all().stream()
                .filter(e -> e.slug().equals("daily-check-in")).findFirst().orElseThrow();
        Map<String, AnswerValue> entry = Map.of("mood", AnswerValue.text("6"),
                "emotions", AnswerValue.emotions(new EmotionRating("joyful.hopeful", 55)),
                "need", AnswerValue.text("rest"));
        assertEquals(List.of(), FieldAnswer.checkAll(checkIn.fields(), entry));
        assertTrue(checkIn.fields().size() <= 4);
    }
}
