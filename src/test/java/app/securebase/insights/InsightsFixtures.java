package app.securebase.insights;

import app.securebase.homework.ExerciseAssignment;
import app.securebase.homework.ExerciseOccurrence;
import app.securebase.homework.ExerciseVersion;
import app.securebase.homework.PlannedOccurrence;
import app.securebase.homework.Schedule;
import app.securebase.psychoed.ModuleAssignment;
import app.securebase.psychoed.ModuleVersion;
import app.securebase.psychoed.PsyModule;
import app.securebase.psychoed.ReflectionAnswer;
import app.securebase.security.Account;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A client's history made to measure: occurrences due at chosen times in the past and future, submitted, cancelled or
 * drafted at chosen times, and reflection answers saved at a chosen time, which the real services only ever stamp
 * "now". Added to the test deployment only, never to the shipped WAR.
 */
@Stateless
@PermitAll
public class InsightsFixtures {

    @PersistenceContext
    EntityManager em;

    /** Gives the client the exercise (from their own clinician, in UTC) with one occurrence due at each time given. */
    public List<Long> occurrences(Account client, String slug, List<Instant> dueTimes) {
        Account owner = em.find(Account.class, client.getId());
        ExerciseVersion version = em.createQuery("SELECT t.currentVersion FROM ExerciseTemplate t WHERE t.slug = :slug",
                ExerciseVersion.class).setParameter("slug", slug).getSingleResult();
        ZonedDateTime first = dueTimes.get(0).atZone(ZoneOffset.UTC);
        ExerciseAssignment assignment = new ExerciseAssignment(owner, owner.getClinician(), version, null, null,
                Schedule.once(first.toLocalDate(), first.toLocalDate(), LocalTime.NOON), "UTC",
                Instant.now());
        em.persist(assignment);
        List<Long> ids = new ArrayList<>();
        for (Instant due : dueTimes) {
            ZonedDateTime at = due.atZone(ZoneOffset.UTC);
            ExerciseOccurrence occurrence = new ExerciseOccurrence(assignment, new PlannedOccurrence(at.toLocalDate(), at,
                    at.toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant()));
            em.persist(occurrence);
            em.flush();
            ids.add(occurrence.getId());
        }
        return ids;
    }

    public void submit(long occurrenceId, Instant at, String entryJson) {
        em.createQuery("UPDATE ExerciseOccurrence o SET o.submittedAt = :at, o.entryJson = :json, o.draftJson = :json,"
                        + " o.draftSavedAt = :at WHERE o.id = :id")
                .setParameter("at", at).setParameter("json", entryJson).setParameter("id", occurrenceId)
                .executeUpdate();
    }

    public void cancel(long occurrenceId, Instant at) {
        em.createQuery("UPDATE ExerciseOccurrence o SET o.cancelledAt = :at WHERE o.id = :id")
                .setParameter("at", at).setParameter("id", occurrenceId).executeUpdate();
    }

    public void draft(long occurrenceId, Instant at, String json) {
        em.createQuery("UPDATE ExerciseOccurrence o SET o.draftSavedAt = :at, o.draftJson = :json WHERE o.id = :id")
                .setParameter("at", at).setParameter("json", json).setParameter("id", occurrenceId).executeUpdate();
    }

    /**
     * Gives the client a module (from their own clinician) and saves an answer to its first reflection question at
     * {@code savedAt}; returns the module assignment. The answer's constructor is the reading feature's own, so it is
     * reached by reflection rather than widened for a test.
     */
    public long reflection(Account client, String answer, Instant savedAt) throws ReflectiveOperationException {
        Account owner = em.find(Account.class, client.getId());
        ModuleVersion version = em.createNamedQuery(PsyModule.FIND_BY_SLUG, PsyModule.class)
                .setParameter("slug", "what-is-relational-trauma").getSingleResult().getCurrentVersion();
        ModuleAssignment assignment = new ModuleAssignment(owner, owner.getClinician(), version, null, null, savedAt);
        em.persist(assignment);
        Constructor<ReflectionAnswer> make = ReflectionAnswer.class.getDeclaredConstructor(ModuleAssignment.class, int.class);
        make.setAccessible(true);
        ReflectionAnswer saved = make.newInstance(assignment, 0);
        Method save = ReflectionAnswer.class.getDeclaredMethod("save", String.class, Instant.class);
        save.setAccessible(true);
        save.invoke(saved, answer, savedAt);
        em.persist(saved);
        em.flush();
        return assignment.getId();
    }

    public String firstQuestion(long moduleAssignmentId) {
        return em.find(ModuleAssignment.class, moduleAssignmentId).getModuleVersion().getQuestions().get(0);
    }
}
