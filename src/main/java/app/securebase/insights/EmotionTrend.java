package app.securebase.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Intensity over time per emotion family: for each week, the average intensity of every rating of the family's
 * emotions (a word such as {@code sad.lonely} counts for its family {@code sad}, and so does the family's own key).
 * A week without a rating of a family has no value for it (a gap in the line, an empty cell in the table), never 0.
 */
public final class EmotionTrend {

    /** One emotion rated on one day. */
    public record Sample(LocalDate day, String emotion, int intensity) {
    }

    /** One week's averages, by family key; a family absent from the map had no rating that week. */
    public record Point(LocalDate weekStart, Map<String, Double> averages) {
    }

    /** The trend: the families that had any rating, in the order given, and one point per week. */
    public record Trend(List<String> families, List<Point> points) {

        public boolean isEmpty() {
            return families.isEmpty();
        }
    }

    private EmotionTrend() {
    }

    /** The family of an emotion key: {@code sad.lonely} and {@code sad} are both {@code sad}. */
    public static String familyOf(String emotion) {
        int dot = emotion.indexOf('.');
        return dot < 0 ? emotion : emotion.substring(0, dot);
    }

    /**
     * @param familyOrder the families in the vocabulary's order; ratings of any other family are left out
     */
    public static Trend of(List<Sample> samples, List<String> familyOrder, List<LocalDate> weekStarts) {
        List<Map<String, double[]>> sums = new ArrayList<>();
        weekStarts.forEach(w -> sums.add(new LinkedHashMap<>()));
        for (Sample s : samples) {
            String family = familyOf(s.emotion());
            int week = Weeks.indexOf(weekStarts, s.day());
            if (week < 0 || !familyOrder.contains(family)) {
                continue;
            }
            double[] sum = sums.get(week).computeIfAbsent(family, f -> new double[2]);
            sum[0] += s.intensity();
            sum[1]++;
        }
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < weekStarts.size(); i++) {
            Map<String, Double> averages = new LinkedHashMap<>();
            for (String family : familyOrder) {
                double[] sum = sums.get(i).get(family);
                if (sum != null) {
                    averages.put(family, Math.round(sum[0] / sum[1] * 10) / 10.0);
                }
            }
            points.add(new Point(weekStarts.get(i), Map.copyOf(averages)));
        }
        List<String> present = familyOrder.stream()
                .filter(f -> points.stream().anyMatch(p -> p.averages().containsKey(f))).toList();
        return new Trend(present, List.copyOf(points));
    }
}
