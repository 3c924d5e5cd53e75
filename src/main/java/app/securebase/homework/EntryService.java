package app.securebase.homework;

import app.securebase.audit.AuditAction;
import app.securebase.audit.AuditOutcome;
import app.securebase.audit.AuditService;
import app.securebase.practice.NotFoundException;
import app.securebase.security.Account;
import app.securebase.security.AccountService;
import app.securebase.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Homework as the client does it: "Today", opening an occurrence, saving its draft as they type, submitting it, and
 * commenting on it afterwards. Every method works on the signed-in client's own occurrences only; any other id
 * answers as not found and is audited as denied.
 *
 * <p>Drafts are stored on the server, never in the browser: a draft resumes on any device and survives a session
 * timeout. Each save names the revision it started from ({@link ExerciseOccurrence#saveDraft}), so a retried save is
 * harmless and two tabs never silently overwrite each other. A draft is only checked for size, so that half-typed
 * work is always kept; the full check of every field runs on submit.
 */
@Stateless
@RolesAllowed(Role.CLIENT_NAME)
public class EntryService {

    /** The most a draft or entry may hold, as stored JSON: far above any real form, far below a flood. */
    public static final int ENTRY_JSON_MAX = 200_000;

    private static final String OCCURRENCE = "EXERCISE_OCCURRENCE";
    private static final Duration RECENT = Duration.ofDays(14);
    private static final Duration AHEAD = Duration.ofDays(7);

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    AuditService audit;

    public TodayView today() {
        Account me = accounts.me();
        Instant now = Instant.now();
        ZoneId zone = HomeworkService.zoneOf(me);
        LocalDate today = LocalDate.now(zone);
        List<ExerciseOccurrence> rows = em.createQuery("SELECT o FROM ExerciseOccurrence o WHERE o.client = :me"
                        + " AND o.cancelledAt IS NULL AND ((o.submittedAt IS NULL AND o.dueAt > :from AND o.availableFrom <= :ahead)"
                        + " OR o.submittedAt > :from) ORDER BY o.dueAt, o.id", ExerciseOccurrence.class)
                .setParameter("me", me).setParameter("from", now.minus(RECENT)).setParameter("ahead", now.plus(AHEAD))
                .setHint("eclipselink.join-fetch", "o.assignment")
                .setHint("eclipselink.left-join-fetch", "o.assignment.exerciseVersion")
                .getResultList();
        List<ExerciseOccurrence> dueToday = new ArrayList<>();
        List<ExerciseOccurrence> overdue = new ArrayList<>();
        List<ExerciseOccurrence> upcoming = new ArrayList<>();
        List<ExerciseOccurrence> done = new ArrayList<>();
        for (ExerciseOccurrence o : rows) {
            if (o.getSubmittedAt() != null) {
                done.add(0, o);
            } else if (o.getDueAt().isBefore(now)) {
                overdue.add(o);
            } else if (o.getDueDay().equals(today) || !now.isBefore(o.getAvailableFrom())) {
                dueToday.add(o);
            } else {
                upcoming.add(o);
            }
        }
        done.sort((a, b) -> b.getSubmittedAt().compareTo(a.getSubmittedAt()));
        return new TodayView(dueToday, overdue, upcoming, done);
    }

    /** My entries submitted so far, newest first. */
    public List<ExerciseOccurrence> history(int first, int max) {
        return em.createQuery("SELECT o FROM ExerciseOccurrence o WHERE o.client.id = :me AND o.submittedAt IS NOT NULL"
                        + " ORDER BY o.submittedAt DESC, o.id DESC", ExerciseOccurrence.class)
                .setParameter("me", accounts.myId())
                .setHint("eclipselink.join-fetch", "o.assignment")
                .setHint("eclipselink.left-join-fetch", "o.assignment.exerciseVersion")
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public EntryView open(long occurrenceId) {
        ExerciseOccurrence occurrence = mine(occurrenceId);
        ExerciseVersion exercise = occurrence.getAssignment().getExerciseVersion();
        String json = occurrence.getSubmittedAt() != null ? occurrence.getEntryJson() : occurrence.getDraftJson();
        return new EntryView(occurrence, exercise, HomeworkJson.readEntry(json), occurrence.getRevision());
    }

    /**
     * Saves my draft.
     *
     * @return the revision now stored, for the next save
     * @throws DraftConflictException when another tab or device saved since {@code baseRevision}
     * @throws HomeworkRefusedException when the entry is submitted or cancelled, or far too large
     */
    public int saveDraft(long occurrenceId, int baseRevision, Map<String, AnswerValue> values) {
        ExerciseOccurrence occurrence = editable(occurrenceId);
        return occurrence.saveDraft(baseRevision, json(values), Instant.now());
    }

    /**
     * Submits my entry: saves it as the draft first, then checks every field; with a problem it stays a draft.
     */
    public SubmitResult submit(long occurrenceId, int baseRevision, Map<String, AnswerValue> values) {
        ExerciseOccurrence occurrence = editable(occurrenceId);
        String json = json(values);
        int revision = occurrence.saveDraft(baseRevision, json, Instant.now());
        List<AnswerProblem> problems = FieldAnswer.checkAll(
                occurrence.getAssignment().getExerciseVersion().getFields(), values);
        if (!problems.isEmpty()) {
            return new SubmitResult(false, problems, revision);
        }
        occurrence.submit(json, Instant.now());
        return new SubmitResult(true, List.of(), occurrence.getRevision());
    }

    /** Adds (or replaces) my follow-up comment on a submitted entry. */
    public void comment(long occurrenceId, String text) {
        ExerciseOccurrence occurrence = mine(occurrenceId);
        if (occurrence.getSubmittedAt() == null) {
            throw new HomeworkRefusedException("homework.entry.error.notSubmitted");
        }
        String comment = text == null ? "" : text.strip();
        if (comment.length() > ExerciseOccurrence.COMMENT_MAX) {
            throw new HomeworkRefusedException("homework.entry.error.commentTooLong");
        }
        occurrence.comment(comment.isEmpty() ? null : comment, Instant.now());
    }

    private ExerciseOccurrence editable(long occurrenceId) {
        ExerciseOccurrence occurrence = mine(occurrenceId);
        if (occurrence.getSubmittedAt() != null) {
            throw new HomeworkRefusedException("homework.entry.error.submitted");
        }
        if (occurrence.getCancelledAt() != null) {
            throw new HomeworkRefusedException("homework.entry.error.cancelled");
        }
        return occurrence;
    }

    private static String json(Map<String, AnswerValue> values) {
        String json = HomeworkJson.writeEntry(values == null ? Map.of() : values);
        if (json.length() > ENTRY_JSON_MAX) {
            throw new HomeworkRefusedException("homework.entry.error.tooLarge");
        }
        return json;
    }

    private ExerciseOccurrence mine(long occurrenceId) {
        long me = accounts.myId();
        return em.createQuery("SELECT o FROM ExerciseOccurrence o WHERE o.id = :id AND o.client.id = :me",
                        ExerciseOccurrence.class)
                .setParameter("id", occurrenceId).setParameter("me", me).getResultStream().findFirst()
                .orElseThrow(() -> {
                    audit.record(AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, OCCURRENCE, occurrenceId,
                            "not an occurrence of client " + me);
                    return new NotFoundException("occurrence " + occurrenceId);
                });
    }
}
