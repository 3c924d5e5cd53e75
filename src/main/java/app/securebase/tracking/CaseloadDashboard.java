package app.securebase.tracking;

import app.securebase.audit.AuditAction;
import app.securebase.audit.AuditOutcome;
import app.securebase.audit.AuditService;
import app.securebase.security.AccountService;
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
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The signed-in clinician's caseload at a glance: one row per client with the completion figures of
 * {@link CompletionRules}, paged, sorted and filtered in the database. A page costs the same few statements whatever
 * the size of the caseload: the totals are grouped per client inside one query, never fetched per row
 * ({@code TrackingIT} counts them with 10 and with 500 clients).
 */
@Stateless
@RolesAllowed(Role.CLINICIAN_NAME)
public class CaseloadDashboard {

    /** Rows fetched at a time while exporting. */
    static final int EXPORT_BATCH = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    AuditService audit;

    Clock clock = Clock.systemUTC();

    /** Records that the clinician opened the dashboard (its figures are clinical data); once per visit, not per page. */
    public void opened() {
        audit.record(AuditAction.CASELOAD_DASHBOARD_VIEWED, AuditOutcome.ALLOWED, null, null, null);
    }

    public long count(DashboardQuery query) {
        SqlParameters p = new SqlParameters();
        Instant now = clock.instant();
        long me = accounts.myId();
        boolean needsTotals = query.filter() != DashboardFilter.ALL && query.filter() != DashboardFilter.ARCHIVED;
        String sql = "SELECT COUNT(*) "
                // Without a filter on the totals, counting clients needs no totals (the costly part).
                + (needsTotals ? from(p, me, now)
                        : "FROM account c WHERE c.role = 'CLIENT' AND c.clinician_id = " + p.add(me))
                + where(p, query, now);
        return TrackingSql.number(p.bind(em.createNativeQuery(sql)).getSingleResult());
    }

    public List<DashboardRow> page(DashboardQuery query, int first, int max) {
        return rows(query, accounts.myId(), clock.instant(), first, max);
    }

    public CaseloadSummary summary() {
        Instant now = clock.instant();
        SqlParameters p = new SqlParameters();
        String sql = "SELECT COUNT(*),"
                + " SUM(CASE WHEN COALESCE(o.due7, 0) > 0 AND COALESCE(o.done7, 0) * 100 >= "
                + CompletionRules.KEEPING_UP_PERCENT + " * o.due7 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN COALESCE(o.overdue, 0) > 0 THEN 1 ELSE 0 END),"
                + " SUM(COALESCE(o.awaiting, 0)),"
                + " SUM(CASE WHEN " + TrackingSql.inactiveSql(p, now, CompletionRules.DEFAULT_INACTIVE_DAYS)
                + " THEN 1 ELSE 0 END) "
                + from(p, accounts.myId(), now)
                + " AND c.status <> 'ARCHIVED'";
        Object[] r = (Object[]) p.bind(em.createNativeQuery(sql)).getSingleResult();
        return new CaseloadSummary(TrackingSql.number(r[0]), TrackingSql.number(r[1]), TrackingSql.number(r[2]),
                TrackingSql.number(r[3]), TrackingSql.number(r[4]));
    }

    /**
     * Hands every row the query selects to {@code sink}, in batches, and audits the export with the number of rows.
     *
     * @return the number of rows exported
     */
    public long export(DashboardQuery query, Consumer<DashboardRow> sink) {
        long me = accounts.myId();
        Instant now = clock.instant();
        long exported = 0;
        List<DashboardRow> batch;
        do {
            batch = rows(query, me, now, (int) exported, EXPORT_BATCH);
            batch.forEach(sink);
            exported += batch.size();
        } while (batch.size() == EXPORT_BATCH);
        audit.record(AuditAction.CASELOAD_EXPORTED, AuditOutcome.ALLOWED, null, null,
                "csv, " + exported + " clients, filter " + query.filter().name().toLowerCase(Locale.ROOT));
        return exported;
    }

    private List<DashboardRow> rows(DashboardQuery query, long me, Instant now, int first, int max) {
        SqlParameters p = new SqlParameters();
        String sql = "SELECT c.id, c.display_name, c.status,"
                + " COALESCE(o.open_exercises, 0), COALESCE(o.due7, 0), COALESCE(o.done7, 0), COALESCE(o.late7, 0),"
                + " COALESCE(o.due30, 0), COALESCE(o.done30, 0), COALESCE(o.late30, 0),"
                + " COALESCE(o.overdue, 0) AS overdue, COALESCE(o.awaiting, 0) AS awaiting,"
                + " COALESCE(m.assigned, 0), COALESCE(m.read_count, 0) AS modules_read,"
                + " " + TrackingSql.lastActivityOrNever() + " AS last_activity,"
                + " LOWER(c.display_name) AS name_key,"
                + " COALESCE(o.open_exercises, 0) + COALESCE(m.assigned, 0) - COALESCE(m.read_count, 0) AS active_total,"
                + " CASE WHEN COALESCE(o.due7, 0) = 0 THEN -1 ELSE o.done7 * 100.0 / o.due7 END AS rate7,"
                + " CASE WHEN COALESCE(o.due30, 0) = 0 THEN -1 ELSE o.done30 * 100.0 / o.due30 END AS rate30 "
                + from(p, me, now) + where(p, query, now)
                + " ORDER BY " + query.sort().sql() + (query.ascending() ? " ASC" : " DESC")
                + ", name_key ASC, c.id ASC"
                // In the SQL itself (numbers, never text): EclipseLink would page a native query in the driver.
                + " LIMIT " + Math.max(1, max) + " OFFSET " + Math.max(0, first);
        @SuppressWarnings("unchecked")
        List<Object[]> result = p.bind(em.createNativeQuery(sql)).getResultList();
        return result.stream().map(CaseloadDashboard::row).toList();
    }

    private static DashboardRow row(Object[] r) {
        return new DashboardRow(TrackingSql.number(r[0]), (String) r[1], AccountStatus.valueOf((String) r[2]),
                TrackingSql.number(r[3]),
                new CompletionFigures(TrackingSql.number(r[4]), TrackingSql.number(r[5]), TrackingSql.number(r[6])),
                new CompletionFigures(TrackingSql.number(r[7]), TrackingSql.number(r[8]), TrackingSql.number(r[9])),
                TrackingSql.number(r[10]), TrackingSql.number(r[11]), TrackingSql.number(r[12]),
                TrackingSql.number(r[13]), TrackingSql.instant(r[14]));
    }

    /**
     * The clinician's clients joined to their totals; ends inside the WHERE clause. (Each use of a value gets its own
     * parameter: not every driver and platform lets one numbered parameter appear twice.)
     */
    private static String from(SqlParameters p, long me, Instant now) {
        String occurrences = TrackingSql.occurrenceTotals(p, now, "xc.clinician_id = " + p.add(me));
        String reading = TrackingSql.readingTotals("xc.clinician_id = " + p.add(me));
        return "FROM account c"
                + " LEFT JOIN (" + occurrences + ") o ON o.client_id = c.id"
                + " LEFT JOIN (" + reading + ") m ON m.client_id = c.id"
                + " WHERE c.role = 'CLIENT' AND c.clinician_id = " + p.add(me);
    }

    private static String where(SqlParameters p, DashboardQuery query, Instant now) {
        StringBuilder sql = new StringBuilder(query.filter() == DashboardFilter.ARCHIVED
                ? " AND c.status = 'ARCHIVED'" : " AND c.status <> 'ARCHIVED'");
        switch (query.filter()) {
            case OVERDUE -> sql.append(" AND COALESCE(o.overdue, 0) > 0");
            case AWAITING_REVIEW -> sql.append(" AND COALESCE(o.awaiting, 0) > 0");
            case INACTIVE -> sql.append(" AND ").append(TrackingSql.inactiveSql(p, now, query.inactiveDays()));
            default -> {
                // ALL and ARCHIVED: the status condition above
            }
        }
        if (query.search() != null) {
            String pattern = "%" + likeEscaped(query.search().toLowerCase(Locale.ROOT)) + "%";
            sql.append(" AND (LOWER(c.display_name) LIKE ").append(p.add(pattern)).append(" ESCAPE '!'")
                    .append(" OR LOWER(COALESCE(c.preferred_name, '')) LIKE ").append(p.add(pattern))
                    .append(" ESCAPE '!')");
        }
        return sql.toString();
    }

    static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
