package app.securebase.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.insights.EmotionTrend.Sample;
import app.securebase.insights.EmotionTrend.Trend;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmotionTrendTest {

    private static final List<String> FAMILIES = List.of("sad", "mad", "scared", "joyful", "powerful", "peaceful");
    private static final List<LocalDate> WEEKS = Weeks.lastWeeks(LocalDate.of(2026, 11, 18), 3);

    @Test
    void wordsAndTheFamilysOwnKeyAverageTogetherPerWeek() {
        Trend trend = EmotionTrend.of(List.of(
                new Sample(LocalDate.of(2026, 11, 16), "sad.lonely", 40),
                new Sample(LocalDate.of(2026, 11, 17), "sad", 61),
                new Sample(LocalDate.of(2026, 11, 18), "sad.hurt", 20),
                new Sample(LocalDate.of(2026, 11, 18), "peaceful.calm", 70)), FAMILIES, WEEKS);
        assertEquals(List.of("sad", "peaceful"), trend.families(), "in the vocabulary's order");
        assertEquals(3, trend.points().size());
        assertEquals(Map.of("sad", 40.3, "peaceful", 70.0), trend.points().get(2).averages());
    }

    @Test
    void aWeekWithoutARatingHasNoValueRatherThanZero() {
        Trend trend = EmotionTrend.of(List.of(new Sample(LocalDate.of(2026, 11, 3), "mad.annoyed", 30),
                new Sample(LocalDate.of(2026, 11, 17), "mad.annoyed", 50)), FAMILIES, WEEKS);
        assertEquals(Map.of("mad", 30.0), trend.points().get(0).averages());
        assertEquals(Map.of(), trend.points().get(1).averages());
        assertEquals(Map.of("mad", 50.0), trend.points().get(2).averages());
    }

    @Test
    void unknownFamiliesAndDaysOutsideTheWeeksAreLeftOut() {
        Trend trend = EmotionTrend.of(List.of(new Sample(LocalDate.of(2026, 11, 17), "bored.very", 30),
                new Sample(LocalDate.of(2026, 10, 1), "sad.lonely", 50),
                new Sample(LocalDate.of(2026, 11, 23), "sad.lonely", 50)), FAMILIES, WEEKS);
        assertTrue(trend.isEmpty());
    }

    @Test
    void noSamplesIsAnEmptyTrendWithItsWeeks() {
        Trend trend = EmotionTrend.of(List.of(), FAMILIES, WEEKS);
        assertTrue(trend.isEmpty());
        assertEquals(3, trend.points().size());
        assertFalse(trend.points().stream().anyMatch(p -> !p.averages().isEmpty()));
    }

    @Test
    void theFamilyOfAKey() {
        assertEquals("sad", EmotionTrend.familyOf("sad.lonely"));
        assertEquals("joyful", EmotionTrend.familyOf("joyful"));
    }
}
