package app.securebase.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.homework.BuiltInExercises;
import app.securebase.homework.ExerciseFile;
import app.securebase.homework.FieldDefinition;
import app.securebase.insights.ChartSources.Collected;
import app.securebase.insights.ChartSources.Entry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chart sources read real entries of the built-in exercises, by slug, key and type. */
class ChartSourcesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 18);

    private static List<FieldDefinition> fields(String slug) {
        return BuiltInExercises.all().stream().filter(f -> f.slug().equals(slug)).findFirst()
                .map(ExerciseFile::fields).orElseThrow();
    }

    private static Entry entry(String slug, String json) {
        return new Entry(DAY, slug, fields(slug), json);
    }

    @Test
    void emotionLogsAndCheckInsGiveEmotionSamples() {
        Collected collected = ChartSources.collect(List.of(
                entry("emotion-log", "{\"situation\":{\"text\":\"At work\"},\"emotions\":{\"emotions\":["
                        + "{\"emotion\":\"scared.anxious\",\"intensity\":70},{\"emotion\":\"mad\",\"intensity\":30}]},"
                        + "\"intensity_after\":{\"text\":\"40\"}}"),
                entry("daily-check-in", "{\"mood\":{\"text\":\"6\"},\"emotions\":{\"emotions\":["
                        + "{\"emotion\":\"peaceful.calm\",\"intensity\":55},{\"emotion\":\"sad\"}]}}")));
        assertEquals(List.of(new EmotionTrend.Sample(DAY, "scared.anxious", 70), new EmotionTrend.Sample(DAY, "mad", 30),
                new EmotionTrend.Sample(DAY, "peaceful.calm", 55)), collected.emotions(),
                "a rating without an intensity says nothing about intensity");
        assertTrue(collected.triggers().isEmpty());
        assertTrue(collected.grounding().isEmpty());
    }

    @Test
    void emotionFieldsOfOtherExercisesAreNotTheTrend() {
        Collected collected = ChartSources.collect(List.of(entry("trigger-map",
                "{\"trigger\":{\"text\":\"Raised voices\"},\"emotions\":{\"emotions\":[{\"emotion\":\"scared\",\"intensity\":90}]},"
                        + "\"coping\":{\"text\":\"Leave the room\"}}")));
        assertTrue(collected.emotions().isEmpty());
    }

    @Test
    void triggerMapsGiveTheKindsTickedByTheirLabels() {
        Collected collected = ChartSources.collect(List.of(entry("trigger-map",
                "{\"trigger\":{\"text\":\"Raised voices\"},\"kinds\":{\"choices\":[\"words\",\"conflict\",\"gone\"]},"
                        + "\"coping\":{\"text\":\"Breathe\"}}")));
        assertEquals(List.of("Words or a tone of voice", "Conflict or criticism", "gone"), collected.triggers(),
                "an option no longer offered is shown as stored");
    }

    @Test
    void groundingLogsGiveDistressBeforeAndAfter() {
        Collected collected = ChartSources.collect(List.of(
                entry("grounding-practice-log", "{\"distress_before\":{\"text\":\"80\"},\"distress_after\":{\"text\":\"35\"}}"),
                entry("grounding-practice-log", "{\"distress_before\":{\"text\":\"not a number\"},\"notes\":{\"text\":\"x\"}}"),
                entry("grounding-practice-log", "{\"distress_before\":{\"text\":\"60\"}}")));
        assertEquals(List.of(new GroundingPairs.Sample(DAY, 80, 35), new GroundingPairs.Sample(DAY, 60, null)),
                collected.grounding());
    }

    @Test
    void otherExercisesAndUnreadableEntriesGiveNothing() {
        Collected collected = ChartSources.collect(List.of(
                entry("journaling-prompt", "{\"emotions\":{\"emotions\":[{\"emotion\":\"sad\",\"intensity\":50}]}}"),
                entry("emotion-log", "not json"), entry("daily-check-in", null)));
        assertTrue(collected.emotions().isEmpty() && collected.triggers().isEmpty() && collected.grounding().isEmpty());
    }
}
