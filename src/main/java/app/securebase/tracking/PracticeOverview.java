package app.securebase.tracking;

import app.securebase.audit.AuditAction;
import app.securebase.audit.AuditOutcome;
import app.securebase.audit.AuditService;
import app.securebase.security.AccountStatus;
import app.securebase.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Adherence per clinician for the practice admin: aggregates of {@link CompletionRules} only. An admin manages the
 * practice, not clinical content, so nothing here names a client. One grouped query for the whole practice.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class PracticeOverview {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    Clock clock = Clock.systemUTC();

    public List<ClinicianAdherence> perClinician() {
        Instant now = clock.instant();
        SqlParameters p = new SqlParameters();
        String sql = "SELECT k.id, k.display_name, k.status, COUNT(c.id),"
                + " SUM(COALESCE(o.due30, 0)), SUM(COALESCE(o.done30, 0)), SUM(COALESCE(o.late30, 0)),"
                + " SUM(CASE WHEN COALESCE(o.due7, 0) > 0 AND COALESCE(o.done7, 0) * 100 >= "
                + CompletionRules.KEEPING_UP_PERCENT + " * o.due7 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN COALESCE(o.overdue, 0) > 0 THEN 1 ELSE 0 END),"
                + " SUM(COALESCE(o.awaiting, 0))"
                + " FROM account k"
                + " LEFT JOIN account c ON c.clinician_id = k.id AND c.role = 'CLIENT' AND c.status <> 'ARCHIVED'"
                + " LEFT JOIN (" + TrackingSql.occurrenceTotals(p, now, "xc.role = 'CLIENT'") + ") o"
                + " ON o.client_id = c.id"
                + " WHERE k.role = 'CLINICIAN'"
                + " GROUP BY k.id, k.display_name, k.status"
                + " ORDER BY LOWER(k.display_name), k.id";
        @SuppressWarnings("unchecked")
        List<Object[]> result = p.bind(em.createNativeQuery(sql)).getResultList();
        audit.record(AuditAction.PRACTICE_OVERVIEW_VIEWED, AuditOutcome.ALLOWED, null, null,
                result.size() + " clinicians");
        return result.stream().map(r -> new ClinicianAdherence(TrackingSql.number(r[0]), (String) r[1],
                AccountStatus.valueOf((String) r[2]), TrackingSql.number(r[3]),
                new CompletionFigures(TrackingSql.number(r[4]), TrackingSql.number(r[5]), TrackingSql.number(r[6])),
                TrackingSql.number(r[7]), TrackingSql.number(r[8]), TrackingSql.number(r[9]))).toList();
    }
}
