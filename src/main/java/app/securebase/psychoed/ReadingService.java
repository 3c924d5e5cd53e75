package app.securebase.psychoed;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A client's reading: the modules assigned to them, the reader, their reflection answers. Every method works on the
 * signed-in client's own assignments only; any other id (someone else's, withdrawn, made up) answers as not found,
 * and the attempt is audited as denied.
 */
@Stateless
@RolesAllowed(Role.CLIENT_NAME)
public class ReadingService {

    private static final String ASSIGNMENT = "MODULE_ASSIGNMENT";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    AuditService audit;

    /** Everything assigned to me and not withdrawn, newest first. */
    public List<ModuleAssignment> myReading() {
        return em.createQuery("SELECT a FROM ModuleAssignment a WHERE a.client.id = :me AND a.withdrawnAt IS NULL"
                        + " ORDER BY a.assignedAt DESC, a.id DESC", ModuleAssignment.class)
                .setParameter("me", accounts.myId())
                .setHint("eclipselink.join-fetch", "a.moduleVersion")
                .setHint("eclipselink.left-join-fetch", "a.assignedBy")
                .getResultList();
    }

    /** Opens one of my modules at {@code section} and remembers that this is where I am. */
    public Reading open(long assignmentId, int section) {
        ModuleAssignment assignment = mine(assignmentId);
        assignment.openedAt(section, Instant.now());
        return new Reading(assignment, answers(assignment));
    }

    /**
     * Saves my answer to one question; saving the same text again changes nothing, so a retried save is harmless.
     *
     * @throws AssignmentRefusedException when the module is already marked read, or the answer is too long
     */
    public Instant saveAnswer(long assignmentId, int position, String text) {
        ModuleAssignment assignment = mine(assignmentId);
        String answer = text == null ? "" : text;
        if (assignment.getReadAt() != null) {
            throw new AssignmentRefusedException("psychoed.reader.error.alreadyRead");
        }
        if (answer.length() > ReflectionAnswer.ANSWER_MAX) {
            throw new AssignmentRefusedException("psychoed.reader.error.answerTooLong");
        }
        if (position < 0 || position >= assignment.getModuleVersion().getQuestions().size()) {
            throw new NotFoundException("question " + position + " of assignment " + assignmentId);
        }
        ReflectionAnswer saved = em.createQuery("SELECT r FROM ReflectionAnswer r WHERE r.assignment = :a"
                        + " AND r.position = :p", ReflectionAnswer.class)
                .setParameter("a", assignment).setParameter("p", position).getResultStream().findFirst()
                .orElse(null);
        Instant now = Instant.now();
        if (saved == null) {
            saved = new ReflectionAnswer(assignment, position);
            saved.save(answer, now);
            em.persist(saved);
        } else if (!saved.getAnswer().equals(answer)) {
            saved.save(answer, now);
        }
        return saved.getSavedAt();
    }

    /** Marks my module read; from now on my answers are final. Marking it again changes nothing. */
    public void markRead(long assignmentId) {
        mine(assignmentId).markRead(Instant.now());
    }

    private List<String> answers(ModuleAssignment assignment) {
        List<String> answers = new ArrayList<>();
        assignment.getModuleVersion().getQuestions().forEach(q -> answers.add(""));
        em.createQuery("SELECT r FROM ReflectionAnswer r WHERE r.assignment = :a", ReflectionAnswer.class)
                .setParameter("a", assignment).getResultStream()
                .filter(r -> r.getPosition() < answers.size())
                .forEach(r -> answers.set(r.getPosition(), r.getAnswer()));
        return List.copyOf(answers);
    }

    private ModuleAssignment mine(long assignmentId) {
        long me = accounts.myId();
        return em.createQuery("SELECT a FROM ModuleAssignment a WHERE a.id = :id AND a.client.id = :me"
                        + " AND a.withdrawnAt IS NULL", ModuleAssignment.class)
                .setParameter("id", assignmentId).setParameter("me", me).getResultStream().findFirst()
                .orElseThrow(() -> {
                    audit.record(AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, ASSIGNMENT, assignmentId,
                            "not an assignment of client " + me);
                    return new NotFoundException("assignment " + assignmentId);
                });
    }
}
