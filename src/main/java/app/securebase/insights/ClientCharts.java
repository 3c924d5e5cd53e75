package app.securebase.insights;

import java.time.LocalDate;
import java.util.List;

/**
 * The numbers behind the client page's charts, over the last {@link Weeks#CHART_WEEKS} weeks on the client's calendar.
 *
 * @param weeks       the Mondays of the weeks shown, oldest first
 * @param topEmotions emotion keys ({@code sad.lonely}) by how often they were rated
 * @param topTriggers trigger kinds (option labels) by how often they were ticked
 */
public record ClientCharts(List<LocalDate> weeks, List<WeeklyCompletion.Week> completion, EmotionTrend.Trend trend,
        List<TopCounts.Count> topEmotions, List<TopCounts.Count> topTriggers, GroundingPairs.Summary grounding) {

    /** How many of the most frequent emotions and triggers the charts list. */
    public static final int TOP = 8;
}
