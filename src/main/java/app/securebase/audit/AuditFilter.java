package app.securebase.audit;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What the admin page asks of the audit trail. Every part is optional; an empty filter matches every row.
 *
 * @param user       part of the actor's name (email or attempted sign-in name), or the whole name when {@code exactUser}
 * @param exactUser  match {@code user} exactly (uses the index) instead of as a case-insensitive substring
 * @param targetType the kind of record acted on, e.g. {@code CLIENT}
 * @param targetId   the id of the record acted on
 * @param from       first instant included
 * @param until      first instant no longer included
 */
public record AuditFilter(String user, boolean exactUser, String targetType, Long targetId, AuditAction action,
        AuditOutcome outcome, Instant from, Instant until) implements Serializable {

    public static final AuditFilter ALL = new AuditFilter(null, false, null, null, null, null, null, null);

    public AuditFilter {
        user = user == null || user.isBlank() ? null : user.strip();
        targetType = targetType == null || targetType.isBlank() ? null : targetType.strip();
    }

    /** The start of {@code date} in UTC, or {@code null}: the page's "from" date. */
    public static Instant startOfUtcDay(LocalDate date) {
        return date == null ? null : date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The start of the day after {@code date} in UTC, or {@code null}: the page's "to" date, which is included. */
    public static Instant endOfUtcDay(LocalDate date) {
        return date == null ? null : date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
