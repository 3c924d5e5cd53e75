package app.securebase.insights;

import app.securebase.audit.AuditAction;
import app.securebase.audit.AuditOutcome;
import app.securebase.audit.AuditService;
import app.securebase.homework.ExerciseOccurrence;
import app.securebase.practice.CaseloadService;
import app.securebase.psychoed.ReflectionAnswer;
import app.securebase.security.Account;
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

/**
 * The story of one client of my caseload between sessions: what they completed, missed and wrote since a day, and the
 * charts of their completion and of what they logged. Read-only, across homework and reading: the queries read those
 * features' tables directly, as projections bounded by a date range, so a page costs the same few queries whatever
 * the client's history. Every client id goes through {@link CaseloadService#myClient} (another clinician's client is
 * missing, and the attempt audited as denied) and every read is audited as {@link AuditAction#CLIENT_PROGRESS_VIEWED}.
 */
@Stateless
@RolesAllowed(Role.CLINICIAN_NAME)
public class InsightsService {

    private static final String CLIENT = "CLIENT";

    /** Before a client's first session note, "since last session" starts this many days back. */
    static final int DEFAULT_DAYS_BACK = 7;

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseloadService caseload;

    @Inject
    AuditService audit;

    /**
     * The day "since last session" starts from when the clinician has not chosen one: the session day of the client's
     * latest session note up to {@code today} (draft or signed, whoever wrote it: only the day is read); without one,
     * 7 days before {@code today}.
     */
    public LocalDate defaultSince(long clientId, LocalDate today) {
        LocalDate last = em.createQuery("SELECT MAX(n.sessionDate) FROM SessionNote n WHERE n.client.id = :client"
                        + " AND n.sessionDate <= :today", LocalDate.class)
                .setParameter("client", clientId).setParameter("today", today).getSingleResult();
        return last != null ? last : today.minusDays(DEFAULT_DAYS_BACK);
    }

    /**
     * What my client completed, missed and wrote from the start of {@code from} (in {@code zone}, the reader's) until
     * now. Three queries; each list holds at most {@link SinceLastSession#MAX_ROWS} rows.
     */
    public SinceLastSession since(long clientId, LocalDate from, ZoneId zone) {
        Account client = caseload.myClient(clientId);
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant now = Instant.now();
        int max = SinceLastSession.MAX_ROWS;
        List<ExerciseOccurrence> completed = em.createQuery("SELECT o FROM ExerciseOccurrence o"
                        + " WHERE o.client = :client AND o.submittedAt >= :start"
                        + " ORDER BY o.submittedAt DESC, o.id DESC", ExerciseOccurrence.class)
                .setParameter("client", client).setParameter("start", start)
                .setHint("eclipselink.join-fetch", "o.assignment")
                .setHint("eclipselink.left-join-fetch", "o.assignment.exerciseVersion")
                .setMaxResults(max + 1).getResultList();
        List<ExerciseOccurrence> missed = em.createQuery("SELECT o FROM ExerciseOccurrence o"
                        + " WHERE o.client = :client AND o.dueAt >= :start AND o.dueAt <= :now"
                        + " AND o.submittedAt IS NULL AND o.cancelledAt IS NULL"
                        + " ORDER BY o.dueAt DESC, o.id DESC", ExerciseOccurrence.class)
                .setParameter("client", client).setParameter("start", start).setParameter("now", now)
                .setHint("eclipselink.join-fetch", "o.assignment")
                .setHint("eclipselink.left-join-fetch", "o.assignment.exerciseVersion")
                .setMaxResults(max + 1).getResultList();
        List<ReflectionAnswer> answers = em.createQuery("SELECT r FROM ReflectionAnswer r"
                        + " WHERE r.assignment.client = :client AND r.savedAt >= :start"
                        + " ORDER BY r.savedAt DESC, r.id DESC", ReflectionAnswer.class)
                .setParameter("client", client).setParameter("start", start)
                .setHint("eclipselink.join-fetch", "r.assignment")
                .setHint("eclipselink.left-join-fetch", "r.assignment.moduleVersion")
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "r.assignment.moduleVersion.questions")
                .setMaxResults(max + 1).getResultList();
        boolean truncated = completed.size() > max || missed.size() > max || answers.size() > max;
        List<SinceLastSession.Reflection> reflections = answers.stream().limit(max).map(r -> {
            List<String> questions = r.getAssignment().getModuleVersion().getQuestions();
            String question = r.getPosition() < questions.size() ? questions.get(r.getPosition()) : "";
            return new SinceLastSession.Reflection(r.getAssignment().getId(),
                    r.getAssignment().getModuleVersion().getTitle(), question, r.getAnswer(), r.getSavedAt());
        }).toList();
        audit.record(AuditAction.CLIENT_PROGRESS_VIEWED, AuditOutcome.ALLOWED, CLIENT, clientId, "since " + from);
        return new SinceLastSession(from, completed.stream().limit(max).toList(), missed.stream().limit(max).toList(),
                reflections, truncated);
    }

    /** The numbers behind my client's charts, over the last twelve weeks on the client's calendar. Two queries. */
    public ClientCharts charts(long clientId) {
        Account client = caseload.myClient(clientId);
        ClientCharts charts = ChartQueries.charts(em, client, Instant.now());
        audit.record(AuditAction.CLIENT_PROGRESS_VIEWED, AuditOutcome.ALLOWED, CLIENT, clientId, "charts");
        return charts;
    }
}
