package app.securebase.insights;

import java.time.LocalDate;
import java.util.List;

/**
 * Distress before and after grounding practice, one pair per logged practice. A log that lacks either rating says
 * nothing about the change and is left out.
 */
public final class GroundingPairs {

    /** One logged practice as stored; a rating may be missing. */
    public record Sample(LocalDate day, Integer before, Integer after) {
    }

    /** One practice with both ratings. */
    public record Pair(LocalDate day, int before, int after) {

        /** How much distress went down (negative when it went up). */
        public int drop() {
            return before - after;
        }
    }

    /** The pairs, in the order given, with the average of each side over all of them. */
    public record Summary(List<Pair> pairs, double averageBefore, double averageAfter) {

        public boolean isEmpty() {
            return pairs.isEmpty();
        }
    }

    private GroundingPairs() {
    }

    public static Summary of(List<Sample> samples) {
        List<Pair> pairs = samples.stream().filter(s -> s.before() != null && s.after() != null)
                .map(s -> new Pair(s.day(), s.before(), s.after())).toList();
        return new Summary(pairs, average(pairs.stream().mapToInt(Pair::before).toArray()),
                average(pairs.stream().mapToInt(Pair::after).toArray()));
    }

    private static double average(int[] values) {
        if (values.length == 0) {
            return 0;
        }
        long sum = 0;
        for (int v : values) {
            sum += v;
        }
        return Math.round((double) sum / values.length * 10) / 10.0;
    }
}
