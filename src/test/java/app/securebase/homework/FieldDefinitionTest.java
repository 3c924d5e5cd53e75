package app.securebase.homework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldDefinitionTest {

    private static FieldDefinition scale(String min, String max, String step, String minLabel) {
        return new FieldDefinition("level", FieldType.SCALE, "Level", null, true, null,
                min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max),
                step == null ? null : new BigDecimal(step), minLabel, "High", null, null);
    }

    private static FieldDefinition choice(FieldType type, List<ChoiceOption> options) {
        return new FieldDefinition("pick", type, "Pick", null, false, null, null, null, null, null, null, options,
                null);
    }

    private static void hasProblem(FieldDefinition field, String text) {
        List<String> problems = field.validate();
        assertTrue(problems.stream().anyMatch(p -> p.contains(text)), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.startsWith("field '" + field.key() + "'")), problems.toString());
    }

    @Test
    void defaultsAreFilledInSoThatStoredVersionsCarryTheirLimits() {
        assertEquals(200, FieldDefinition.of("a", FieldType.SHORT_TEXT, "A", false).maxLength());
        assertEquals(5000, FieldDefinition.of("a", FieldType.LONG_TEXT, "A", false).maxLength());
        assertEquals(5, FieldDefinition.of("a", FieldType.EMOTIONS, "A", false).maxEmotions());
        assertEquals(BigDecimal.ONE, scale("0", "10", null, "Low").step());
        assertNull(FieldDefinition.of("a", FieldType.DATE, "A", false).maxLength());
        assertEquals(List.of(), FieldDefinition.of("a", FieldType.DATE, "A", false).options());
    }

    @Test
    void validFieldsOfEveryTypePass() {
        List<ChoiceOption> options = List.of(ChoiceOption.of("yes", "Yes"), ChoiceOption.of("no", "No"));
        for (FieldType type : FieldType.values()) {
            FieldDefinition field = switch (type) {
                case SCALE -> scale("0", "100", "5", "Low");
                case SINGLE_CHOICE, MULTIPLE_CHOICE, CHECKLIST -> choice(type, options);
                default -> FieldDefinition.of("f_1", type, "Label", true);
            };
            assertEquals(List.of(), field.validate(), type.name());
        }
    }

    @Test
    void badKeysAndLabelsAreReported() {
        hasProblem(FieldDefinition.of("Bad-Key", FieldType.DATE, "A", false), "lower-case");
        hasProblem(FieldDefinition.of("1st", FieldType.DATE, "A", false), "lower-case");
        hasProblem(FieldDefinition.of("a", FieldType.DATE, " ", false), "needs a label");
        hasProblem(FieldDefinition.of("a", null, "A", false), "no type");
        hasProblem(new FieldDefinition("a", FieldType.DATE, "A", "x".repeat(1001), false, null, null, null, null,
                null, null, null, null), "help is longer");
    }

    @Test
    void limitsThatDoNotApplyToTheTypeAreRefused() {
        hasProblem(new FieldDefinition("a", FieldType.DATE, "A", null, false, 10, null, null, null, null, null, null,
                null), "'maxLength' does not apply to a date field");
        hasProblem(new FieldDefinition("a", FieldType.SHORT_TEXT, "A", null, false, null, BigDecimal.ONE, null, null,
                null, null, null, null), "'min' does not apply");
        hasProblem(new FieldDefinition("a", FieldType.NUMBER, "A", null, false, null, null, null, null, null, null,
                List.of(ChoiceOption.of("x", "X")), null), "'options' does not apply");
        hasProblem(new FieldDefinition("a", FieldType.NUMBER, "A", null, false, null, null, null, null, "Low", null,
                null, null), "'minLabel' does not apply");
        hasProblem(new FieldDefinition("a", FieldType.CHECKLIST, "A", null, false, null, null, null, null, null, null,
                List.of(ChoiceOption.of("x", "X")), 3), "'maxEmotions' does not apply");
    }

    @Test
    void textAndEmotionLimitsStayWithinBounds() {
        hasProblem(new FieldDefinition("a", FieldType.SHORT_TEXT, "A", null, false, 1001, null, null, null, null,
                null, null, null), "maxLength must be from 1 to 1000");
        hasProblem(new FieldDefinition("a", FieldType.LONG_TEXT, "A", null, false, 0, null, null, null, null,
                null, null, null), "maxLength must be from 1 to 20000");
        hasProblem(new FieldDefinition("a", FieldType.EMOTIONS, "A", null, false, null, null, null, null, null,
                null, null, 11), "maxEmotions must be from 1 to 10");
    }

    @Test
    void numbersAndScalesNeedASaneRange() {
        hasProblem(new FieldDefinition("a", FieldType.NUMBER, "A", null, false, null, BigDecimal.TEN, BigDecimal.ONE,
                null, null, null, null, null), "min must be less than max");
        hasProblem(new FieldDefinition("a", FieldType.NUMBER, "A", null, false, null, null, null, BigDecimal.ZERO,
                null, null, null, null), "step must be more than 0");
        hasProblem(scale(null, "10", "1", "Low"), "needs min and max");
        hasProblem(scale("0", "10", "3", "Low"), "land on max");
        hasProblem(scale("0", "1000", "1", "Low"), "at most 101 points");
        hasProblem(scale("0", "10", "1", null), "needs a minLabel");
        assertEquals(List.of(), scale("0", "100", "1", "Low").validate(), "101 points is the most");
        assertEquals(List.of(), scale("-3", "3", "1", "Low").validate());
    }

    @Test
    void optionsMustBeStableUniqueAndEitherAllScoredOrNone() {
        hasProblem(choice(FieldType.SINGLE_CHOICE, List.of(ChoiceOption.of("only", "Only"))), "needs 2 to 30");
        assertEquals(List.of(), choice(FieldType.CHECKLIST, List.of(ChoiceOption.of("only", "Only"))).validate());
        hasProblem(choice(FieldType.MULTIPLE_CHOICE, List.of(ChoiceOption.of("a", "A"), ChoiceOption.of("a", "B"))),
                "used twice");
        hasProblem(choice(FieldType.MULTIPLE_CHOICE, List.of(ChoiceOption.of("A b", "A"), ChoiceOption.of("c", "C"))),
                "option value 'A b'");
        hasProblem(choice(FieldType.MULTIPLE_CHOICE, List.of(ChoiceOption.of("a", ""), ChoiceOption.of("c", "C"))),
                "label of option 'a'");
        hasProblem(choice(FieldType.SINGLE_CHOICE, List.of(new ChoiceOption("a", "A", 0), ChoiceOption.of("b", "B"))),
                "every option has a score or none");
        assertEquals(List.of(), choice(FieldType.SINGLE_CHOICE,
                List.of(new ChoiceOption("never", "Not at all", 0), new ChoiceOption("daily", "Nearly every day", 3)))
                .validate(), "a scored item, as a questionnaire will have");
    }

    @Test
    void aTemplateNeedsUniqueKeysAndSomeFields() {
        FieldDefinition a = FieldDefinition.of("a", FieldType.DATE, "A", false);
        assertEquals(List.of(), TemplateRules.check(List.of(a, FieldDefinition.of("b", FieldType.TIME, "B", false))));
        assertEquals(List.of("field 'a': the key is used twice"),
                TemplateRules.check(List.of(a, FieldDefinition.of("a", FieldType.TIME, "B", false))));
        assertEquals(List.of("needs 1 to 40 fields, has 0"), TemplateRules.check(List.of()));
    }

    @Test
    void typesHaveAFileSpelling() {
        assertEquals("short-text", FieldType.SHORT_TEXT.fileName());
        assertEquals(FieldType.MULTIPLE_CHOICE, FieldType.fromFileName("multiple-choice"));
        assertNull(FieldType.fromFileName("SHORT_TEXT"));
    }
}
