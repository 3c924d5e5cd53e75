package app.securebase.tracking;

import app.securebase.homework.ExerciseAssignment;
import app.securebase.homework.ExerciseOccurrence;
import app.securebase.homework.ExerciseTemplate;
import app.securebase.homework.ExerciseVersion;
import app.securebase.homework.PlannedOccurrence;
import app.securebase.homework.Schedule;
import app.securebase.homework.SchedulePlanner;
import app.securebase.notes.NoteContent;
import app.securebase.notes.NoteFormat;
import app.securebase.notes.SessionNote;
import app.securebase.psychoed.ModuleAssignment;
import app.securebase.psychoed.ModuleVersion;
import app.securebase.psychoed.PsyModule;
import app.securebase.security.Account;
import app.securebase.testsupport.TestData;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Caseloads for the tracking tests, written straight through JPA and SQL (no password hashing, no audit), so a
 * 500-client caseload takes seconds. Added to the test deployment only.
 */
@Stateless
@PermitAll
public class TrackingFixtures {

    @PersistenceContext
    EntityManager em;

    /**
     * Makes a new, empty clinician the one {@code AsClinician} runs as, and parks the usual one under another email.
     *
     * @return {parked id, fresh id}, for {@link #restoreRunAsClinician}
     */
    public long[] swapInFreshRunAsClinician(Account fresh) {
        long parked = em.createQuery("SELECT a.id FROM Account a WHERE a.email = :email", Long.class)
                .setParameter("email", TestData.RUN_AS_CLINICIAN).getSingleResult();
        rename(parked, "parked-" + UUID.randomUUID() + "@example.org");
        rename(fresh.getId(), TestData.RUN_AS_CLINICIAN);
        return new long[] {parked, fresh.getId()};
    }

    public void restoreRunAsClinician(long[] swap) {
        rename(swap[1], "retired-" + UUID.randomUUID() + "@example.org");
        rename(swap[0], TestData.RUN_AS_CLINICIAN);
    }

    private void rename(long id, String email) {
        em.createQuery("UPDATE Account a SET a.email = :email WHERE a.id = :id")
                .setParameter("email", email).setParameter("id", id).executeUpdate();
        em.clear();
    }

    /** {@code count} invited clients named "{prefix} n" on the clinician's caseload. */
    public List<Long> addClients(long clinicianId, String prefix, int count) {
        Account clinician = em.find(Account.class, clinicianId);
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Account client = Account.invitedClient(TestData.uniqueEmail("tracking"), prefix + " " + i, null, null,
                    clinician);
            em.persist(client);
            em.flush();
            ids.add(client.getId());
        }
        return ids;
    }

    /**
     * A daily exercise from {@code daysBack} days ago, {@code times} times at 18:00 UTC, for each client; then, of the
     * occurrences already due, every second one submitted on time and every fourth reviewed.
     */
    public void dailyHomework(List<Long> clientIds, String slug, int daysBack, int times, Instant now) {
        ExerciseVersion version = version(slug);
        Schedule schedule = Schedule.daily(LocalDate.now(ZoneOffset.UTC).minusDays(daysBack), LocalTime.of(18, 0),
                times, null);
        List<PlannedOccurrence> plan = SchedulePlanner.plan(schedule, ZoneOffset.UTC);
        for (Long clientId : clientIds) {
            Account client = em.find(Account.class, clientId);
            ExerciseAssignment assignment = new ExerciseAssignment(client, client.getClinician(), version, null, null,
                    schedule, "UTC", now);
            em.persist(assignment);
            for (PlannedOccurrence planned : plan) {
                em.persist(new ExerciseOccurrence(assignment, planned));
            }
        }
        em.flush();
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        long clinicianId = em.find(Account.class, clientIds.get(0)).getClinician().getId();
        String mine = " AND client_id IN (SELECT a.id FROM account a WHERE a.clinician_id = ?2)";
        em.createNativeQuery("UPDATE exercise_occurrence SET submitted_at = due_at, draft_saved_at = due_at"
                + " WHERE MOD(id, 2) = 0 AND due_at < ?1" + mine)
                .setParameter(1, at).setParameter(2, clinicianId).executeUpdate();
        em.createNativeQuery("UPDATE exercise_occurrence SET reviewed_at = submitted_at"
                + " WHERE MOD(id, 4) = 0 AND submitted_at IS NOT NULL AND submitted_at < ?1" + mine)
                .setParameter(1, at).setParameter(2, clinicianId).executeUpdate();
    }

    /**
     * One assignment for the client with one occurrence per case; each case sets the occurrence's due time,
     * cancellation, submission and review (null for "not").
     */
    public void occurrences(long clientId, String slug, List<OccurrenceFacts> cases, Instant now) {
        Account client = em.find(Account.class, clientId);
        Schedule schedule = Schedule.daily(LocalDate.now(ZoneOffset.UTC), LocalTime.of(18, 0), cases.size(), null);
        ExerciseAssignment assignment = new ExerciseAssignment(client, client.getClinician(), version(slug), null, null,
                schedule, "UTC", now);
        em.persist(assignment);
        List<ExerciseOccurrence> made = new ArrayList<>();
        for (PlannedOccurrence planned : SchedulePlanner.plan(schedule, ZoneOffset.UTC)) {
            ExerciseOccurrence occurrence = new ExerciseOccurrence(assignment, planned);
            em.persist(occurrence);
            made.add(occurrence);
        }
        em.flush();
        for (int i = 0; i < cases.size(); i++) {
            OccurrenceFacts facts = cases.get(i);
            em.createNativeQuery("UPDATE exercise_occurrence SET due_at = ?1, available_from = ?2, cancelled_at = ?3,"
                            + " submitted_at = ?4, draft_saved_at = ?5, reviewed_at = ?6 WHERE id = ?7")
                    .setParameter(1, utc(facts.dueAt()))
                    .setParameter(2, utc(facts.dueAt().minusSeconds(86_400)))
                    .setParameter(3, utc(facts.cancelledAt()))
                    .setParameter(4, utc(facts.submittedAt()))
                    .setParameter(5, utc(facts.submittedAt()))
                    .setParameter(6, utc(facts.reviewedAt()))
                    .setParameter(7, made.get(i).getId())
                    .executeUpdate();
        }
        em.clear();
    }

    /** The client's clinician assigns the built-in modules with these slugs; returns the assignments' ids. */
    public List<Long> readings(long clientId, List<String> slugs, Instant now) {
        Account client = em.find(Account.class, clientId);
        List<Long> ids = new ArrayList<>();
        for (String slug : slugs) {
            ModuleVersion version = em.createNamedQuery(PsyModule.FIND_BY_SLUG, PsyModule.class)
                    .setParameter("slug", slug).getSingleResult().getCurrentVersion();
            ModuleAssignment assignment = new ModuleAssignment(client, client.getClinician(), version, null, null, now);
            em.persist(assignment);
            em.flush();
            ids.add(assignment.getId());
        }
        return ids;
    }

    /** {@code count} draft DAP notes of the client's sessions with their clinician, one a week back from today. */
    public void notes(long clientId, int count) {
        Account client = em.find(Account.class, clientId);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int i = 0; i < count; i++) {
            em.persist(new SessionNote(client, client.getClinician(),
                    NoteContent.blank(today.minusWeeks(i), NoteFormat.DAP), Instant.now()));
        }
        em.flush();
    }

    /** The client's earliest occurrence that is not submitted or cancelled. */
    public long openOccurrence(long clientId) {
        return em.createQuery("SELECT o.id FROM ExerciseOccurrence o WHERE o.client.id = :client"
                        + " AND o.submittedAt IS NULL AND o.cancelledAt IS NULL ORDER BY o.dueAt", Long.class)
                .setParameter("client", clientId).setMaxResults(1).getSingleResult();
    }

    /** The client's first module assignment. */
    public long readingOf(long clientId) {
        return em.createQuery("SELECT a.id FROM ModuleAssignment a WHERE a.client.id = :client ORDER BY a.id",
                Long.class).setParameter("client", clientId).setMaxResults(1).getSingleResult();
    }

    public long templateId(String slug) {
        return em.createNamedQuery(ExerciseTemplate.FIND_BY_SLUG, ExerciseTemplate.class)
                .setParameter("slug", slug).getSingleResult().getId();
    }

    public void archive(long clientId) {
        em.find(Account.class, clientId).archive();
    }

    private ExerciseVersion version(String slug) {
        return em.createQuery("SELECT t.currentVersion FROM ExerciseTemplate t WHERE t.slug = :slug",
                ExerciseVersion.class).setParameter("slug", slug).getSingleResult();
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
