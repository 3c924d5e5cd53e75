package app.securebase.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.securebase.insights.TopCounts.Count;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopCountsTest {

    @Test
    void mostFrequentFirstAndTiesInTheOrderTheyCameUp() {
        List<String> values = List.of("sad.hurt", "mad.annoyed", "sad.lonely", "sad.lonely", "mad.annoyed", "scared");
        assertEquals(List.of(new Count("mad.annoyed", 2), new Count("sad.lonely", 2), new Count("sad.hurt", 1),
                new Count("scared", 1)), TopCounts.top(values, 10));
    }

    @Test
    void onlyTheTopN() {
        assertEquals(List.of(new Count("b", 3), new Count("a", 2)),
                TopCounts.top(List.of("a", "b", "b", "c", "a", "b"), 2));
        assertEquals(List.of(), TopCounts.top(List.of("a"), 0));
    }

    @Test
    void nullsAreSkippedAndNothingGivesNothing() {
        assertEquals(List.of(new Count("a", 1)), TopCounts.top(Arrays.asList(null, "a", null), 5));
        assertEquals(List.of(), TopCounts.top(List.of(), 5));
    }
}
