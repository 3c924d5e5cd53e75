package app.securebase.tracking;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The SQL pieces the caseload dashboard and the practice overview share: per-client totals of homework occurrences
 * and of module reading, written with {@link CompletionRules}' fragments, in SQL that H2 and MySQL/MariaDB both run.
 */
final class TrackingSql {

    /** Stands in for "never" inside GREATEST, which MySQL would otherwise turn into NULL. */
    static final String NEVER = "TIMESTAMP '1970-01-01 00:00:00'";

    private TrackingSql() {
    }

    /**
     * One row per client with occurrences: open exercises, due/completed/late over 7 and 30 days, overdue, awaiting
     * review, latest submission and draft. {@code scope} restricts the clients (a condition over {@code xc}, the
     * client's account row).
     */
    static String occurrenceTotals(SqlParameters p, Instant now, String scope) {
        String at = p.add(now);
        String week = p.add(now.minus(CompletionRules.WEEK));
        String month = p.add(now.minus(CompletionRules.MONTH));
        return "SELECT x.client_id,"
                + " COUNT(DISTINCT CASE WHEN " + CompletionRules.openSql() + " THEN x.assignment_id END) AS open_exercises,"
                + sumIf(CompletionRules.dueWithinSql(at, week), "due7")
                + sumIf(CompletionRules.completedWithinSql(at, week), "done7")
                + sumIf(CompletionRules.lateWithinSql(at, week), "late7")
                + sumIf(CompletionRules.dueWithinSql(at, month), "due30")
                + sumIf(CompletionRules.completedWithinSql(at, month), "done30")
                + sumIf(CompletionRules.lateWithinSql(at, month), "late30")
                + sumIf(CompletionRules.overdueSql(at), "overdue")
                + sumIf(CompletionRules.awaitsReviewSql(), "awaiting")
                + " MAX(x.submitted_at) AS last_submitted, MAX(x.draft_saved_at) AS last_draft"
                + " FROM exercise_occurrence x JOIN account xc ON xc.id = x.client_id"
                + " WHERE " + scope
                + " GROUP BY x.client_id";
    }

    /** One row per client with module assignments not withdrawn: assigned, read, last opened. */
    static String readingTotals(String scope) {
        return "SELECT y.client_id, COUNT(*) AS assigned,"
                + " SUM(CASE WHEN y.read_at IS NOT NULL THEN 1 ELSE 0 END) AS read_count,"
                + " MAX(y.last_opened_at) AS last_opened"
                + " FROM module_assignment y JOIN account xc ON xc.id = y.client_id"
                + " WHERE y.withdrawn_at IS NULL AND " + scope
                + " GROUP BY y.client_id";
    }

    /** The client's latest activity over the joined totals {@code o} and {@code m}; {@link #NEVER} when none. */
    static String lastActivityOrNever() {
        return "GREATEST(COALESCE(o.last_submitted, " + NEVER + "), COALESCE(o.last_draft, " + NEVER + "),"
                + " COALESCE(m.last_opened, " + NEVER + "))";
    }

    static String sumIf(String condition, String alias) {
        return " SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END) AS " + alias + ",";
    }

    /** "Inactive" in SQL: no activity after {@code now - days}. */
    static String inactiveSql(SqlParameters p, Instant now, int days) {
        return lastActivityOrNever() + " < " + p.add(now.minus(Duration.ofDays(days)));
    }

    static long number(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.longValueExact();
        }
        return ((Number) value).longValue();
    }

    /** A UTC wall-clock value as JDBC drivers hand it back; null for null and for {@link #NEVER}. */
    static Instant instant(Object value) {
        LocalDateTime utc;
        if (value == null) {
            return null;
        } else if (value instanceof LocalDateTime local) {
            utc = local;
        } else if (value instanceof Timestamp timestamp) {
            utc = timestamp.toLocalDateTime();
        } else if (value instanceof OffsetDateTime offset) {
            utc = offset.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } else if (value instanceof String text) {
            utc = LocalDateTime.parse(text.strip().replace(' ', 'T'), DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } else {
            throw new IllegalArgumentException("not a date and time: " + value.getClass().getName());
        }
        return utc.getYear() <= 1970 ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
