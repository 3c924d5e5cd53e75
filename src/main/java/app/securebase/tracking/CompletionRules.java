package app.securebase.tracking;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * What the completion figures mean, defined once. The caseload dashboard, its CSV export, the practice overview and
 * the client pages all count through these rules: in Java for a handful of occurrences ({@link #figures}), in SQL for
 * a caseload at once (the {@code *Sql} fragments, which {@code TrackingIT} checks against the Java rules on the same
 * rows).
 *
 * <ul>
 * <li>An occurrence <b>counts as due</b> once its due time has passed. Cancelled occurrences never count, and neither
 * do occurrences still ahead, even when the client has already sent them in.</li>
 * <li>A due occurrence is <b>completed</b> when the client submitted it, whenever that was; a submission after the due
 * time is completed <b>and late</b>.</li>
 * <li>It is <b>overdue</b> when it counts as due and nothing was submitted.</li>
 * <li>A submission <b>awaits review</b> until the clinician marks it reviewed.</li>
 * <li>A period ("the last 7 days") holds the occurrences whose due time falls after its start and not after now.</li>
 * </ul>
 */
public final class CompletionRules {

    /** The dashboard's two periods. */
    public static final Duration WEEK = Duration.ofDays(7);
    public static final Duration MONTH = Duration.ofDays(30);

    /** A client whose last 7 days reach this rate is "keeping up". */
    public static final int KEEPING_UP_PERCENT = 80;

    /** Without activity for this many days a client is "inactive", unless the clinician picks another number. */
    public static final int DEFAULT_INACTIVE_DAYS = 14;

    private CompletionRules() {
    }

    public static boolean countsAsDue(OccurrenceFacts o, Instant now) {
        return o.cancelledAt() == null && !o.dueAt().isAfter(now);
    }

    public static boolean isCompleted(OccurrenceFacts o, Instant now) {
        return countsAsDue(o, now) && o.submittedAt() != null;
    }

    public static boolean isLate(OccurrenceFacts o, Instant now) {
        return isCompleted(o, now) && o.submittedAt().isAfter(o.dueAt());
    }

    public static boolean isOverdue(OccurrenceFacts o, Instant now) {
        return countsAsDue(o, now) && o.submittedAt() == null;
    }

    public static boolean awaitsReview(OccurrenceFacts o) {
        return o.submittedAt() != null && o.reviewedAt() == null;
    }

    /** Whether the occurrence's due time lies in the period {@code (now - length, now]}. */
    public static boolean dueWithin(OccurrenceFacts o, Instant now, Duration length) {
        return o.dueAt().isAfter(now.minus(length)) && !o.dueAt().isAfter(now);
    }

    /** The figures of the period {@code (now - length, now]}. */
    public static CompletionFigures figures(Collection<OccurrenceFacts> occurrences, Instant now, Duration length) {
        long due = 0;
        long completed = 0;
        long late = 0;
        for (OccurrenceFacts o : occurrences) {
            if (dueWithin(o, now, length) && countsAsDue(o, now)) {
                due++;
                if (isCompleted(o, now)) {
                    completed++;
                    if (isLate(o, now)) {
                        late++;
                    }
                }
            }
        }
        return new CompletionFigures(due, completed, late);
    }

    public static boolean keepingUp(CompletionFigures week) {
        return week.anythingDue() && week.ratePercent().getAsInt() >= KEEPING_UP_PERCENT;
    }

    // The same rules in SQL, over an exercise_occurrence row aliased "x"; "now" and a period's start are parameters.

    static String countsAsDueSql(String now) {
        return "x.cancelled_at IS NULL AND x.due_at <= " + now;
    }

    static String dueWithinSql(String now, String periodStart) {
        return countsAsDueSql(now) + " AND x.due_at > " + periodStart;
    }

    static String completedWithinSql(String now, String periodStart) {
        return dueWithinSql(now, periodStart) + " AND x.submitted_at IS NOT NULL";
    }

    static String lateWithinSql(String now, String periodStart) {
        return completedWithinSql(now, periodStart) + " AND x.submitted_at > x.due_at";
    }

    static String overdueSql(String now) {
        return countsAsDueSql(now) + " AND x.submitted_at IS NULL";
    }

    static String awaitsReviewSql() {
        return "x.submitted_at IS NOT NULL AND x.reviewed_at IS NULL";
    }

    /** Work still open: neither submitted nor cancelled, due or not. */
    static String openSql() {
        return "x.submitted_at IS NULL AND x.cancelled_at IS NULL";
    }
}
