package app.securebase.insights;

import app.securebase.homework.ExerciseOccurrence;
import java.time.LocalDate;
import java.util.List;

/**
 * A client's own progress, as their progress page shows it: nothing about what they missed.
 *
 * @param streak       consecutive days with a submission, ending today or yesterday ({@link Streak})
 * @param thisWeek     what they completed since Monday, newest first
 * @param weeks        the Mondays of the weeks the trend covers, oldest first
 * @param topEmotions  the emotions they logged most over those weeks
 */
public record OwnProgress(int streak, boolean activeToday, List<ExerciseOccurrence> thisWeek, List<LocalDate> weeks,
        EmotionTrend.Trend trend, List<TopCounts.Count> topEmotions) {
}
