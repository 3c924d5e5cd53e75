package app.securebase.homework;

import app.securebase.audit.AuditAction;
import app.securebase.audit.AuditOutcome;
import app.securebase.audit.AuditService;
import app.securebase.practice.CaseloadService;
import app.securebase.practice.NotFoundException;
import app.securebase.psychoed.ModuleStatus;
import app.securebase.security.Account;
import app.securebase.security.AccountService;
import app.securebase.security.AccountStatus;
import app.securebase.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Homework as the clinician handles it: the exercise library, assigning an exercise with a schedule to clients of the
 * caseload, cancelling future occurrences or ending a recurring assignment, and reviewing what clients submitted.
 * Every client or occurrence id is checked against the signed-in clinician's caseload; anything else answers as
 * missing and is audited as denied. Reading a client's entries is audited.
 */
@Stateless
@RolesAllowed(Role.CLINICIAN_NAME)
public class HomeworkService {

    private static final String CLIENT = "CLIENT";
    private static final String OCCURRENCE = "EXERCISE_OCCURRENCE";
    private static final String ASSIGNMENT = "EXERCISE_ASSIGNMENT";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    CaseloadService caseload;

    @Inject
    AuditService audit;

    /** The published exercises, at their current version, in library order. */
    public List<ExerciseVersion> library() {
        return em.createQuery("SELECT v FROM ExerciseVersion v JOIN v.template t WHERE t.currentVersion = v"
                        + " AND t.status = :published ORDER BY t.position, t.id", ExerciseVersion.class)
                .setParameter("published", ModuleStatus.PUBLISHED)
                .setHint("eclipselink.join-fetch", "v.template")
                .getResultList();
    }

    /** A published exercise's current version, for its preview and the assign form. */
    public Optional<ExerciseVersion> findPublished(long templateId) {
        return em.createQuery("SELECT v FROM ExerciseVersion v JOIN v.template t WHERE t.id = :id"
                        + " AND t.currentVersion = v AND t.status = :published", ExerciseVersion.class)
                .setParameter("id", templateId).setParameter("published", ModuleStatus.PUBLISHED)
                .getResultStream().findFirst();
    }

    /**
     * Assigns one exercise to each client, planning its occurrences in each client's own time zone.
     *
     * @return the number of occurrences planned, over all clients
     * @throws HomeworkRefusedException with every problem of the request, so the form can show them all at once
     */
    public int assign(long templateId, Collection<Long> clientIds, String instructions, String prompt,
            Schedule schedule) {
        Account me = accounts.me();
        ExerciseVersion version = findPublished(templateId).orElseThrow(() -> new NotFoundException(
                "exercise " + templateId));
        List<String> problems = new ArrayList<>(SchedulePlanner.problems(schedule));
        if (clientIds == null || clientIds.isEmpty()) {
            problems.add("homework.assign.error.noClient");
        }
        if (schedule.start() != null && schedule.start().isBefore(LocalDate.now(zoneOf(me)).minusDays(1))) {
            problems.add("homework.assign.error.startInPast");
        }
        if (instructions != null && instructions.strip().length() > ExerciseAssignment.INSTRUCTIONS_MAX) {
            problems.add("homework.assign.error.instructionsTooLong");
        }
        if (version.isClinicianPrompt() && (prompt == null || prompt.isBlank())) {
            problems.add("homework.assign.error.promptRequired");
        }
        if (prompt != null && prompt.strip().length() > ExerciseAssignment.PROMPT_MAX) {
            problems.add("homework.assign.error.promptTooLong");
        }
        if (!problems.isEmpty()) {
            throw new HomeworkRefusedException(problems);
        }
        Instant now = Instant.now();
        int planned = 0;
        for (Long clientId : new LinkedHashSet<>(clientIds)) {
            Account client = caseload.myClient(clientId);
            if (client.getStatus() != AccountStatus.ACTIVE && client.getStatus() != AccountStatus.INVITED) {
                throw new HomeworkRefusedException("homework.assign.error.clientArchived");
            }
            ZoneId zone = zoneOf(client);
            ExerciseAssignment assignment = new ExerciseAssignment(client, me, version, instructions,
                    version.isClinicianPrompt() ? prompt : null, schedule, zone.getId(), now);
            em.persist(assignment);
            for (PlannedOccurrence occurrence : SchedulePlanner.plan(schedule, zone)) {
                em.persist(new ExerciseOccurrence(assignment, occurrence));
                planned++;
            }
            audit.record(AuditAction.HOMEWORK_ASSIGNED, AuditOutcome.ALLOWED, CLIENT, clientId,
                    "exercise " + version.getTemplate().getSlug() + " version " + version.getVersionNumber());
        }
        return planned;
    }

    /** My client's occurrences, newest due first, with their assignment and version; the view is audited. */
    public List<ExerciseOccurrence> occurrencesOf(long clientId, int max) {
        Account client = caseload.myClient(clientId);
        List<ExerciseOccurrence> rows = em.createQuery("SELECT o FROM ExerciseOccurrence o WHERE o.client = :client"
                        + " ORDER BY o.dueAt DESC, o.id DESC", ExerciseOccurrence.class)
                .setParameter("client", client)
                .setHint("eclipselink.join-fetch", "o.assignment")
                .setHint("eclipselink.left-join-fetch", "o.assignment.exerciseVersion")
                .setMaxResults(max).getResultList();
        audit.record(AuditAction.HOMEWORK_VIEWED, AuditOutcome.ALLOWED, CLIENT, clientId, "list");
        return rows;
    }

    /** One assignment of my client's and how many of its occurrences are still ahead (not due, not done, not cancelled). */
    public record AssignmentAhead(ExerciseAssignment assignment, long ahead) {
    }

    /**
     * Every exercise given to my client, newest first, with its version, and the occurrences each still has ahead:
     * two queries, whatever the number of assignments or occurrences. The view is audited.
     */
    public List<AssignmentAhead> assignmentsOf(long clientId) {
        Account client = caseload.myClient(clientId);
        List<ExerciseAssignment> assignments = em.createQuery("SELECT a FROM ExerciseAssignment a"
                        + " WHERE a.client = :client ORDER BY a.createdAt DESC, a.id DESC", ExerciseAssignment.class)
                .setParameter("client", client)
                .setHint("eclipselink.join-fetch", "a.exerciseVersion")
                .getResultList();
        Map<Long, Long> ahead = new HashMap<>();
        em.createQuery("SELECT o.assignment.id, COUNT(o) FROM ExerciseOccurrence o WHERE o.client = :client"
                        + " AND o.dueAt > :now AND o.submittedAt IS NULL AND o.cancelledAt IS NULL"
                        + " GROUP BY o.assignment.id", Object[].class)
                .setParameter("client", client).setParameter("now", Instant.now())
                .getResultList().forEach(row -> ahead.put((Long) row[0], ((Number) row[1]).longValue()));
        audit.record(AuditAction.CLIENT_PROGRESS_VIEWED, AuditOutcome.ALLOWED, CLIENT, clientId, "timeline: assignments");
        return assignments.stream().map(a -> new AssignmentAhead(a, ahead.getOrDefault(a.getId(), 0L))).toList();
    }

    /**
     * One page of my client's timeline: occurrences newest due first, each with its assignment and version fetched in
     * the same query, paged in the database. The page read is audited.
     */
    public List<ExerciseOccurrence> timeline(long clientId, int first, int max) {
        Account client = caseload.myClient(clientId);
        List<ExerciseOccurrence> rows = em.createQuery("SELECT o FROM ExerciseOccurrence o WHERE o.client = :client"
                        + " ORDER BY o.dueAt DESC, o.id DESC", ExerciseOccurrence.class)
                .setParameter("client", client)
                .setHint("eclipselink.join-fetch", "o.assignment")
                .setHint("eclipselink.left-join-fetch", "o.assignment.exerciseVersion")
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max)).getResultList();
        audit.record(AuditAction.CLIENT_PROGRESS_VIEWED, AuditOutcome.ALLOWED, CLIENT, clientId,
                "timeline: rows " + (first + 1) + "-" + (first + rows.size()));
        return rows;
    }

    /** How many occurrences my client's timeline holds; a count, nothing clinical, so not audited. */
    public long timelineCount(long clientId) {
        Account client = caseload.myClient(clientId);
        return em.createQuery("SELECT COUNT(o) FROM ExerciseOccurrence o WHERE o.client = :client", Long.class)
                .setParameter("client", client).getSingleResult();
    }

    /** One occurrence of my client's, with the entry; the read is audited. */
    public ExerciseOccurrence view(long occurrenceId) {
        ExerciseOccurrence occurrence = myOccurrence(occurrenceId);
        audit.record(AuditAction.HOMEWORK_VIEWED, AuditOutcome.ALLOWED, OCCURRENCE, occurrenceId, null);
        return occurrence;
    }

    /** Cancels an occurrence my client has not submitted. */
    public void cancel(long occurrenceId) {
        ExerciseOccurrence occurrence = myOccurrence(occurrenceId);
        if (occurrence.getSubmittedAt() != null) {
            throw new HomeworkRefusedException("homework.cancel.error.submitted");
        }
        occurrence.cancel(Instant.now());
        audit.record(AuditAction.HOMEWORK_OCCURRENCE_CANCELLED, AuditOutcome.ALLOWED, OCCURRENCE, occurrenceId, null);
    }

    /**
     * Moves an occurrence that is still ahead to another day and time on the client's clock (the assignment's zone).
     * A submitted, cancelled or past one stays as it is.
     */
    public ExerciseOccurrence reschedule(long occurrenceId, LocalDate day, java.time.LocalTime time) {
        ExerciseOccurrence occurrence = myOccurrence(occurrenceId);
        Instant now = Instant.now();
        if (occurrence.getSubmittedAt() != null || occurrence.getCancelledAt() != null
                || !occurrence.getDueAt().isAfter(now)) {
            throw new HomeworkRefusedException("homework.reschedule.error.notAhead");
        }
        if (day == null || time == null) {
            throw new HomeworkRefusedException("homework.reschedule.error.missing");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(occurrence.getAssignment().getTimeZone());
        } catch (DateTimeException e) {
            zone = ZoneOffset.UTC;
        }
        PlannedOccurrence moved = SchedulePlanner.plan(Schedule.once(day, day, time), zone).get(0);
        if (!moved.dueAt().isAfter(now)) {
            throw new HomeworkRefusedException("homework.reschedule.error.inPast");
        }
        Instant before = occurrence.getDueAt();
        occurrence.reschedule(moved);
        audit.record(AuditAction.HOMEWORK_OCCURRENCE_RESCHEDULED, AuditOutcome.ALLOWED, OCCURRENCE, occurrenceId,
                "from " + before + " to " + moved.dueAt());
        return occurrence;
    }

    /**
     * Ends an assignment: every occurrence not yet due and not submitted is cancelled; past and submitted ones are
     * left as they are.
     *
     * @return how many occurrences were cancelled
     */
    public int end(long assignmentId) {
        Account me = accounts.me();
        ExerciseAssignment assignment = em.createQuery("SELECT a FROM ExerciseAssignment a WHERE a.id = :id"
                        + " AND a.client.clinician = :me", ExerciseAssignment.class)
                .setParameter("id", assignmentId).setParameter("me", me).getResultStream().findFirst()
                .orElseThrow(() -> denied(ASSIGNMENT, assignmentId, me));
        Instant now = Instant.now();
        List<ExerciseOccurrence> future = em.createQuery("SELECT o FROM ExerciseOccurrence o WHERE o.assignment = :a"
                        + " AND o.dueAt > :now AND o.submittedAt IS NULL AND o.cancelledAt IS NULL",
                        ExerciseOccurrence.class)
                .setParameter("a", assignment).setParameter("now", now).getResultList();
        future.forEach(o -> o.cancel(now));
        assignment.end(now);
        audit.record(AuditAction.HOMEWORK_ASSIGNMENT_ENDED, AuditOutcome.ALLOWED, ASSIGNMENT, assignmentId,
                future.size() + " future occurrences cancelled");
        return future.size();
    }

    /** Writes (or replaces) my feedback on a submitted entry; the client sees it with their entry. */
    public void feedback(long occurrenceId, String text) {
        ExerciseOccurrence occurrence = myOccurrence(occurrenceId);
        if (occurrence.getSubmittedAt() == null) {
            throw new HomeworkRefusedException("homework.review.error.notSubmitted");
        }
        String feedback = text == null ? "" : text.strip();
        if (feedback.isEmpty()) {
            throw new HomeworkRefusedException("homework.review.error.feedbackEmpty");
        }
        if (feedback.length() > ExerciseOccurrence.FEEDBACK_MAX) {
            throw new HomeworkRefusedException("homework.review.error.feedbackTooLong");
        }
        occurrence.feedback(feedback, Instant.now());
        audit.record(AuditAction.HOMEWORK_FEEDBACK_GIVEN, AuditOutcome.ALLOWED, OCCURRENCE, occurrenceId, null);
    }

    public void markReviewed(long occurrenceId) {
        ExerciseOccurrence occurrence = myOccurrence(occurrenceId);
        if (occurrence.getSubmittedAt() == null) {
            throw new HomeworkRefusedException("homework.review.error.notSubmitted");
        }
        occurrence.markReviewed(accounts.me(), Instant.now());
        audit.record(AuditAction.HOMEWORK_REVIEWED, AuditOutcome.ALLOWED, OCCURRENCE, occurrenceId, null);
    }

    /** Submissions of my caseload not reviewed yet, for the navigation badge. */
    public long unreviewedCount() {
        return em.createQuery("SELECT COUNT(o) FROM ExerciseOccurrence o WHERE o.client.clinician.id = :me"
                        + " AND o.submittedAt IS NOT NULL AND o.reviewedAt IS NULL", Long.class)
                .setParameter("me", accounts.myId()).getSingleResult();
    }

    private ExerciseOccurrence myOccurrence(long occurrenceId) {
        Account me = accounts.me();
        return em.createQuery("SELECT o FROM ExerciseOccurrence o WHERE o.id = :id AND o.client.clinician = :me",
                        ExerciseOccurrence.class)
                .setParameter("id", occurrenceId).setParameter("me", me).getResultStream().findFirst()
                .orElseThrow(() -> denied(OCCURRENCE, occurrenceId, me));
    }

    private NotFoundException denied(String type, long id, Account me) {
        audit.record(AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, type, id,
                "not of the caseload of clinician " + me.getId());
        return new NotFoundException(type.toLowerCase() + " " + id);
    }

    static ZoneId zoneOf(Account account) {
        try {
            return ZoneId.of(account.getTimeZone());
        } catch (DateTimeException | NullPointerException e) {
            return ZoneOffset.UTC;
        }
    }
}
