package app.securebase.psychoed;

import app.securebase.security.Account;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Gives modules to clients directly, as the clinician's assign page would, so reading tests need not go through it.
 * Added to test deployments only, never to the shipped WAR.
 */
@Stateless
@PermitAll
public class ReadingFixtures {

    /** A built-in module with several sections and reflection questions. */
    public static final String MODULE = "what-is-relational-trauma";

    @PersistenceContext
    EntityManager em;

    /** Assigns the current version of {@link #MODULE} to the client, on behalf of the client's own clinician. */
    public long assign(String clientEmail, String note, LocalDate due) {
        Account client = em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", clientEmail).getSingleResult();
        ModuleVersion version = em.createNamedQuery(PsyModule.FIND_BY_SLUG, PsyModule.class)
                .setParameter("slug", MODULE).getSingleResult().getCurrentVersion();
        ModuleAssignment assignment = new ModuleAssignment(client, client.getClinician(), version, note, due,
                Instant.now());
        em.persist(assignment);
        em.flush();
        return assignment.getId();
    }

    public void withdraw(long assignmentId) {
        em.find(ModuleAssignment.class, assignmentId).withdraw(Instant.now());
    }

    public ModuleAssignment find(long assignmentId) {
        return em.find(ModuleAssignment.class, assignmentId);
    }

    public int questionCount(long assignmentId) {
        return em.find(ModuleAssignment.class, assignmentId).getModuleVersion().getQuestions().size();
    }

    public int sectionCount(long assignmentId) {
        return em.find(ModuleAssignment.class, assignmentId).getModuleVersion().getSections().size();
    }

    /** The stored answers of an assignment, by question. */
    public List<ReflectionAnswer> answers(long assignmentId) {
        return em.createQuery("SELECT r FROM ReflectionAnswer r WHERE r.assignment.id = :id ORDER BY r.position",
                ReflectionAnswer.class).setParameter("id", assignmentId).getResultList();
    }
}
