package app.securebase.homework;

import java.util.List;

/**
 * A client's "Today": what is due today, what is overdue, what comes in the next days, what was done lately. Each
 * list is ordered by due time (recently completed: newest first).
 */
public record TodayView(List<ExerciseOccurrence> dueToday, List<ExerciseOccurrence> overdue,
        List<ExerciseOccurrence> upcoming, List<ExerciseOccurrence> recentlyCompleted) {
}
