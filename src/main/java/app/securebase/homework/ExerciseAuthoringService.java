package app.securebase.homework;

import app.securebase.audit.AuditAction;
import app.securebase.audit.AuditOutcome;
import app.securebase.audit.AuditService;
import app.securebase.practice.NotFoundException;
import app.securebase.psychoed.AuthoringService;
import app.securebase.psychoed.ModuleStatus;
import app.securebase.security.Account;
import app.securebase.security.AccountService;
import app.securebase.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * A clinician's own exercises, built field by field: a private draft (from scratch or a copy of any library exercise),
 * published as a new immutable version, archived and restored. Works on the signed-in clinician's own templates
 * only; another clinician's answers like a missing one and is audited as denied.
 */
@Stateless
@RolesAllowed(Role.CLINICIAN_NAME)
public class ExerciseAuthoringService {

    private static final String TEMPLATE = "EXERCISE_TEMPLATE";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    AuditService audit;

    public List<ExerciseDraft> myTemplates() {
        return em.createQuery("SELECT d FROM ExerciseDraft d JOIN FETCH d.template t LEFT JOIN FETCH t.currentVersion"
                        + " WHERE t.owner = :me ORDER BY d.updatedAt DESC, t.id DESC", ExerciseDraft.class)
                .setParameter("me", accounts.me()).getResultList();
    }

    public ExerciseDraft draft(long templateId) {
        return myDraft(templateId);
    }

    public long create(TemplateContent content) {
        refuse(content.problemsForSaving());
        ExerciseTemplate template = newTemplate(content.title());
        em.persist(new ExerciseDraft(template, null, content));
        em.flush();
        return template.getId();
    }

    /** Copies a library exercise (or one of my own) into a new draft of mine, to adapt it. */
    public long duplicate(long templateId) {
        Account me = accounts.me();
        ExerciseTemplate original = em.find(ExerciseTemplate.class, templateId);
        boolean visible = original != null && original.getCurrentVersion() != null
                && (original.getStatus() == ModuleStatus.PUBLISHED
                || original.getOwner() != null && original.getOwner().getId().equals(me.getId()));
        if (!visible) {
            throw denied(templateId, me);
        }
        ExerciseVersion source = original.getCurrentVersion();
        TemplateContent content = new TemplateContent(source.getTitle(), source.getSummary(),
                HtmlText.toPlain(source.getInstructionsHtml()), source.getEstimatedMinutes(), source.getFields());
        ExerciseTemplate copy = newTemplate(source.getTitle());
        em.persist(new ExerciseDraft(copy, source, content));
        em.flush();
        return copy.getId();
    }

    public ExerciseDraft saveDraft(long templateId, TemplateContent content) {
        refuse(content.problemsForSaving());
        ExerciseDraft draft = myDraft(templateId);
        draft.edit(content);
        return draft;
    }

    /** Publishes my draft as the next version; an unchanged draft makes no version (and restores an archived one). */
    public ExerciseVersion publish(long templateId) {
        ExerciseDraft draft = myDraft(templateId);
        refuse(draft.content().problemsForPublishing());
        ExerciseTemplate template = draft.getTemplate();
        ExerciseVersion current = template.getCurrentVersion();
        if (current != null && current.getSourceHash().equals(draft.contentHash())) {
            template.restore();
            return current;
        }
        int number = em.createNamedQuery(ExerciseVersion.COUNT_BY_TEMPLATE, Long.class)
                .setParameter("template", template).getSingleResult().intValue() + 1;
        ExerciseVersion version = new ExerciseVersion(template, number, draft, Instant.now());
        em.persist(version);
        em.flush();
        template.publish(version);
        audit.record(AuditAction.MODULE_PUBLISHED, AuditOutcome.ALLOWED, TEMPLATE, templateId, "version " + number);
        return version;
    }

    public void archive(long templateId) {
        myDraft(templateId).getTemplate().archive();
        audit.record(AuditAction.MODULE_ARCHIVED, AuditOutcome.ALLOWED, TEMPLATE, templateId, null);
    }

    public void restore(long templateId) {
        myDraft(templateId).getTemplate().restore();
        audit.record(AuditAction.MODULE_RESTORED, AuditOutcome.ALLOWED, TEMPLATE, templateId, null);
    }

    public static boolean hasUnpublishedChanges(ExerciseDraft draft) {
        ExerciseVersion current = draft.getTemplate().getCurrentVersion();
        return current == null || !current.getSourceHash().equals(draft.contentHash());
    }

    private ExerciseTemplate newTemplate(String title) {
        ExerciseTemplate template = ExerciseTemplate.custom(accounts.me(), AuthoringService.slugFor(title));
        em.persist(template);
        em.flush();
        return template;
    }

    private ExerciseDraft myDraft(long templateId) {
        Account me = accounts.me();
        return em.createQuery("SELECT d FROM ExerciseDraft d JOIN FETCH d.template t WHERE t.id = :id"
                        + " AND t.owner = :me", ExerciseDraft.class)
                .setParameter("id", templateId).setParameter("me", me).getResultStream().findFirst()
                .orElseThrow(() -> denied(templateId, me));
    }

    private NotFoundException denied(long templateId, Account me) {
        audit.record(AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, TEMPLATE, templateId,
                "not an exercise clinician " + me.getId() + " may open");
        return new NotFoundException("exercise " + templateId);
    }

    private static void refuse(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new HomeworkRefusedException(problems);
        }
    }
}
