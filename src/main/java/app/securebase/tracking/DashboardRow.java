package app.securebase.tracking;

import app.securebase.security.AccountStatus;
import java.time.Instant;

/**
 * One client's line on the caseload dashboard. Accessors are called as methods from pages ({@code row.week()}).
 *
 * @param openExercises exercise assignments with something still to do (not sent, not cancelled)
 * @param modulesAssigned modules assigned and not withdrawn
 * @param lastActivity the client's latest draft, submission or reading; null when there was none
 */
public record DashboardRow(long clientId, String name, AccountStatus status, long openExercises,
                           CompletionFigures week, CompletionFigures month, long overdue, long awaitingReview,
                           long modulesAssigned, long modulesRead, Instant lastActivity) {

    /** Assignments on the client's plate: exercises with open work and modules not read yet. */
    public long active() {
        return openExercises + modulesAssigned - modulesRead;
    }

    public boolean keepingUp() {
        return CompletionRules.keepingUp(week);
    }
}
