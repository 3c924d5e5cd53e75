package app.securebase.insights;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The most frequent values of a list, such as the emotions or the kinds of trigger a client logged most often. */
public final class TopCounts {

    /** A value and how often it came up. */
    public record Count(String key, int count) {
    }

    private TopCounts() {
    }

    /**
     * The {@code n} most frequent values, most frequent first; ties in the order the values first came up, so the
     * result does not change between two views of the same data. Nulls are skipped.
     */
    public static List<Count> top(Collection<String> values, int n) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String value : values) {
            if (value != null) {
                counts.merge(value, 1, Integer::sum);
            }
        }
        List<String> order = List.copyOf(counts.keySet());
        return counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparingInt(e -> order.indexOf(e.getKey())))
                .limit(Math.max(0, n))
                .map(e -> new Count(e.getKey(), e.getValue()))
                .toList();
    }
}
