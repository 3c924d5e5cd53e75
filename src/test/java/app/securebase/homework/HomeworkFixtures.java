package app.securebase.homework;

import app.securebase.security.Account;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Gives any client an exercise, as their own clinician's assign would: the in-container tests run as one clinician
 * only, and need homework on someone else's caseload. Added to the test deployment only.
 */
@Stateless
@PermitAll
public class HomeworkFixtures {

    @PersistenceContext
    EntityManager em;

    /** A daily exercise, twice from today, for the client from their own clinician; returns the assignment and its first occurrence. */
    public long[] assign(Account client, String slug) {
        Account owner = em.find(Account.class, client.getId());
        ExerciseVersion version = em.createQuery("SELECT t.currentVersion FROM ExerciseTemplate t WHERE t.slug = :slug",
                ExerciseVersion.class).setParameter("slug", slug).getSingleResult();
        Schedule schedule = Schedule.daily(LocalDate.now(ZoneOffset.UTC), LocalTime.of(23, 0), 2, null);
        ExerciseAssignment assignment = new ExerciseAssignment(owner, owner.getClinician(), version, null, null,
                schedule, "UTC", Instant.now());
        em.persist(assignment);
        ExerciseOccurrence first = null;
        for (PlannedOccurrence planned : SchedulePlanner.plan(schedule, ZoneOffset.UTC)) {
            ExerciseOccurrence occurrence = new ExerciseOccurrence(assignment, planned);
            em.persist(occurrence);
            first = first == null ? occurrence : first;
        }
        em.flush();
        return new long[] {assignment.getId(), first.getId()};
    }
}
