package app.securebase.insights;

import app.securebase.audit.AuditAction;
import app.securebase.audit.AuditOutcome;
import app.securebase.audit.AuditService;
import app.securebase.homework.ExerciseOccurrence;
import app.securebase.security.Account;
import app.securebase.security.AccountService;
import app.securebase.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The signed-in client's own progress: their streak, what they completed this week, and their emotion trend. It takes
 * no id: a client can only ever read their own. The read is audited as {@link AuditAction#OWN_PROGRESS_VIEWED}.
 */
@Stateless
@RolesAllowed(Role.CLIENT_NAME)
public class ProgressService {

    private static final String CLIENT = "CLIENT";

    /** How far back a streak is counted; a longer one shows as this many days. */
    static final int STREAK_DAYS_MAX = 400;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    AuditService audit;

    public OwnProgress mine() {
        Account me = accounts.me();
        ZoneId zone = ChartQueries.zoneOf(me);
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Set<LocalDate> days = em.createQuery("SELECT o.submittedAt FROM ExerciseOccurrence o"
                        + " WHERE o.client = :me AND o.submittedAt >= :since", Instant.class)
                .setParameter("me", me)
                .setParameter("since", today.minusDays(STREAK_DAYS_MAX).atStartOfDay(zone).toInstant())
                .getResultList().stream().map(at -> LocalDate.ofInstant(at, zone)).collect(Collectors.toSet());
        List<ExerciseOccurrence> thisWeek = em.createQuery("SELECT o FROM ExerciseOccurrence o"
                        + " WHERE o.client = :me AND o.submittedAt >= :monday"
                        + " ORDER BY o.submittedAt DESC, o.id DESC", ExerciseOccurrence.class)
                .setParameter("me", me)
                .setParameter("monday", Weeks.monday(today).atStartOfDay(zone).toInstant())
                .setHint("eclipselink.join-fetch", "o.assignment")
                .setHint("eclipselink.left-join-fetch", "o.assignment.exerciseVersion")
                .getResultList();
        List<LocalDate> weeks = Weeks.lastWeeks(today, Weeks.CHART_WEEKS);
        ChartSources.Collected collected = ChartQueries.ownEntries(em, me, zone,
                weeks.get(0).atStartOfDay(zone).toInstant());
        audit.record(AuditAction.OWN_PROGRESS_VIEWED, AuditOutcome.ALLOWED, CLIENT, me.getId(), null);
        return new OwnProgress(Streak.days(days, today), days.contains(today), thisWeek, weeks,
                ChartQueries.trend(collected, weeks),
                TopCounts.top(collected.emotions().stream().map(EmotionTrend.Sample::emotion).toList(),
                        ClientCharts.TOP));
    }
}
