package app.securebase.homework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HomeworkJsonTest {

    @Test
    void everyBuiltInExercisesFieldsSurviveARoundTrip() {
        for (ExerciseFile file : BuiltInExercises.all()) {
            String json = HomeworkJson.writeFields(file.fields());
            assertEquals(file.fields(), HomeworkJson.readFields(json), file.fileName());
        }
    }

    @Test
    void anEntrySurvivesARoundTripAndEmptyAnswersAreLeftOut() {
        Map<String, AnswerValue> entry = new LinkedHashMap<>();
        entry.put("situation", AnswerValue.text("At work, \"quoted\" and <b>tagged</b> ✓"));
        entry.put("done", AnswerValue.choices("sleep", "meals"));
        entry.put("emotions", AnswerValue.emotions(new EmotionRating("sad.lonely", 40), new EmotionRating("mad", null)));
        entry.put("skipped", AnswerValue.text("  "));
        Map<String, AnswerValue> back = HomeworkJson.readEntry(HomeworkJson.writeEntry(entry));
        entry.remove("skipped");
        assertEquals(entry, back);
    }

    @Test
    void malformedStoredTextBecomesValuesTheCheckReportsNotAnException() {
        assertTrue(HomeworkJson.readEntry("not json").isEmpty());
        assertTrue(HomeworkJson.readEntry("[1,2]").isEmpty());
        Map<String, AnswerValue> odd = HomeworkJson.readEntry(
                "{\"a\":{\"text\":5},\"b\":{\"choices\":[1,\"x\"]},\"c\":{\"emotions\":[3,{\"emotion\":\"sad\",\"intensity\":\"x\"}]},\"d\":7}");
        assertEquals(new AnswerValue(null, null, null), odd.get("a"));
        assertEquals(java.util.Arrays.asList(null, "x"), odd.get("b").choices());
        assertEquals(java.util.Arrays.asList(null, new EmotionRating("sad", null)), odd.get("c").emotions());
        assertEquals(List.of("a", "b", "c"), List.copyOf(odd.keySet()));
    }
}
