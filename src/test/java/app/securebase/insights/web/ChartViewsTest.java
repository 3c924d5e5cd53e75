package app.securebase.insights.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.homework.EmotionVocabulary;
import app.securebase.insights.EmotionTrend;
import app.securebase.insights.GroundingPairs;
import app.securebase.insights.TopCounts;
import app.securebase.insights.WeeklyCompletion;
import app.securebase.insights.Weeks;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Chart views without Faces: message keys stand in for the words. */
class ChartViewsTest {

    private static final ChartViews VIEWS = new ChartViews(
            (key, params) -> params.length == 0 ? key
                    : key + Arrays.stream(params).map(String::valueOf).collect(Collectors.joining(",", "(", ")")),
            EmotionVocabulary.builtIn());
    private static final List<LocalDate> WEEKS = Weeks.lastWeeks(LocalDate.of(2026, 11, 18), 12);

    @Test
    void completionTableHasTheChartsNumbersAndARate() {
        List<WeeklyCompletion.Week> weeks = WEEKS.stream()
                .map(w -> w.equals(WEEKS.get(11)) ? new WeeklyCompletion.Week(w, 4, 3) : new WeeklyCompletion.Week(w, 0, 0))
                .toList();
        ChartView view = VIEWS.completion(weeks);
        assertFalse(view.isEmpty());
        assertEquals(12, view.rows().size());
        assertEquals(new ChartView.Row("16 Nov", List.of("4", "3", "75%")), view.rows().get(11));
        assertEquals(List.of("0", "0", "—"), view.rows().get(0).cells());
        assertTrue(view.config().startsWith("{\"type\":\"bar\""), view.config());
        assertTrue(view.config().contains("\"data\":[0,0,0,0,0,0,0,0,0,0,0,4]"), view.config());
    }

    @Test
    void nothingDueIsTheEmptyState() {
        ChartView view = VIEWS.completion(WEEKS.stream().map(w -> new WeeklyCompletion.Week(w, 0, 0)).toList());
        assertTrue(view.isEmpty());
        assertEquals("insights.chart.completion.empty", view.emptyText());
    }

    @Test
    void emotionTrendHasALinePerFamilyWithGaps() {
        EmotionTrend.Trend trend = EmotionTrend.of(List.of(new EmotionTrend.Sample(LocalDate.of(2026, 11, 17), "sad.lonely", 40)),
                List.of("sad", "mad"), WEEKS);
        ChartView view = VIEWS.emotionTrend(trend, "empty.key");
        assertEquals(List.of("Sad"), view.columns());
        assertEquals(List.of("40"), view.rows().get(11).cells());
        assertEquals(List.of("—"), view.rows().get(0).cells());
        assertTrue(view.config().contains("\"type\":\"line\"") && view.config().contains("null,null"), view.config());
        assertTrue(VIEWS.emotionTrend(EmotionTrend.of(List.of(), List.of("sad"), WEEKS), "empty.key").isEmpty());
    }

    @Test
    void frequentEmotionsReadInPlainWords() {
        ChartView view = VIEWS.topEmotions(List.of(new TopCounts.Count("sad.lonely", 3), new TopCounts.Count("joyful", 1),
                new TopCounts.Count("odd.key", 1)), "empty.key");
        assertEquals(List.of("Lonely (sad)", "Joyful", "odd.key"), view.rows().stream().map(ChartView.Row::header).toList());
        assertEquals(List.of("3"), view.rows().get(0).cells());
        assertTrue(view.config().contains("\"indexAxis\":\"y\""));
    }

    @Test
    void groundingShowsTheChangeAndTheAverages() {
        ChartView view = VIEWS.grounding(GroundingPairs.of(List.of(
                new GroundingPairs.Sample(LocalDate.of(2026, 11, 17), 80, 30),
                new GroundingPairs.Sample(LocalDate.of(2026, 11, 18), 40, 45))));
        assertEquals(new ChartView.Row("Tue 17 Nov", List.of("80", "30", "-50")), view.rows().get(0));
        assertEquals(List.of("40", "45", "+5"), view.rows().get(1).cells());
        assertEquals("insights.chart.grounding.average(2,60,37.5)", view.description());
    }

    @Test
    void noTextCanCloseTheScriptTheConfigIsWrittenInto() {
        ChartView view = VIEWS.triggers(List.of(new TopCounts.Count("</script><script>alert(1)</script>", 2)));
        assertFalse(view.config().contains("<"), view.config());
        assertTrue(view.config().contains("\\u003c/script>"), view.config());
    }
}
