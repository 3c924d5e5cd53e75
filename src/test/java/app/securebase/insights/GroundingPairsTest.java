package app.securebase.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.insights.GroundingPairs.Pair;
import app.securebase.insights.GroundingPairs.Sample;
import app.securebase.insights.GroundingPairs.Summary;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroundingPairsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 18);

    @Test
    void onlyPracticesWithBothRatingsMakeAPair() {
        Summary summary = GroundingPairs.of(List.of(new Sample(DAY, 80, 40), new Sample(DAY, 70, null),
                new Sample(DAY.plusDays(1), null, 20), new Sample(DAY.plusDays(2), 55, 60)));
        assertEquals(List.of(new Pair(DAY, 80, 40), new Pair(DAY.plusDays(2), 55, 60)), summary.pairs());
        assertEquals(67.5, summary.averageBefore());
        assertEquals(50.0, summary.averageAfter());
        assertEquals(40, summary.pairs().get(0).drop());
        assertEquals(-5, summary.pairs().get(1).drop(), "distress can go up too");
    }

    @Test
    void averagesAreRoundedToOneDecimal() {
        Summary summary = GroundingPairs.of(List.of(new Sample(DAY, 10, 0), new Sample(DAY, 10, 0),
                new Sample(DAY, 15, 5)));
        assertEquals(11.7, summary.averageBefore());
        assertEquals(1.7, summary.averageAfter());
    }

    @Test
    void noPracticeIsAnEmptySummary() {
        Summary summary = GroundingPairs.of(List.of());
        assertTrue(summary.isEmpty());
        assertEquals(0.0, summary.averageBefore());
    }
}
