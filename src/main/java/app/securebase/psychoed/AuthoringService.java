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
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A clinician's own modules: write a draft (from scratch or as a copy of any library module), publish it as a new
 * immutable version, archive and restore it. Every method works on the signed-in clinician's own modules only;
 * another clinician's module answers exactly like a missing one, and the attempt is audited as denied.
 */
@Stateless
@RolesAllowed(Role.CLINICIAN_NAME)
public class AuthoringService {

    private static final String MODULE = "MODULE";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    AuditService audit;

    /** My modules with their drafts, most recently edited first. */
    public List<ModuleDraft> myModules() {
        return em.createQuery("SELECT d FROM ModuleDraft d JOIN FETCH d.module m LEFT JOIN FETCH m.currentVersion"
                        + " WHERE m.owner = :me ORDER BY d.updatedAt DESC, m.id DESC", ModuleDraft.class)
                .setParameter("me", accounts.me()).getResultList();
    }

    /** My module's draft, for the editor. */
    public ModuleDraft draft(long moduleId) {
        return myDraft(moduleId);
    }

    /** Starts a module of my own and saves its first draft; returns the new module's id. */
    public long create(DraftContent content) {
        refuse(DraftRules.forSaving(content));
        PsyModule module = newModule(content.title());
        ModuleDraft draft = new ModuleDraft(module, null);
        draft.edit(content);
        em.persist(draft);
        em.flush();
        return module.getId();
    }

    /**
     * Copies a module of the library (or one of my own, archived ones included) into a new draft of mine, to adapt
     * it; the copy keeps a link to the version it started from.
     */
    public long duplicate(long moduleId) {
        Account me = accounts.me();
        PsyModule original = em.find(PsyModule.class, moduleId);
        boolean visible = original != null && original.getCurrentVersion() != null
                && (original.getStatus() == ModuleStatus.PUBLISHED || original.isOwnedBy(me));
        if (!visible) {
            throw denied(moduleId, me);
        }
        ModuleVersion source = original.getCurrentVersion();
        PsyModule copy = newModule(source.getTitle());
        em.persist(new ModuleDraft(copy, source));
        em.flush();
        return copy.getId();
    }

    /** Saves the editor's content into my draft; the published version, if any, is untouched. */
    public ModuleDraft saveDraft(long moduleId, DraftContent content) {
        refuse(DraftRules.forSaving(content));
        ModuleDraft draft = myDraft(moduleId);
        draft.edit(content);
        return draft;
    }

    /**
     * Publishes my draft as the module's next version: the library shows it from now on, assignments made earlier
     * keep the version they pinned. Publishing an unchanged draft makes no version and returns the current one (an
     * archived module is restored to the library as it was).
     */
    public ModuleVersion publish(long moduleId) {
        ModuleDraft draft = myDraft(moduleId);
        refuse(DraftRules.forPublishing(draft.content()));
        PsyModule module = draft.getModule();
        ModuleVersion current = module.getCurrentVersion();
        if (current != null && current.getSourceHash().equals(draft.contentHash())) {
            if (module.getStatus() == ModuleStatus.ARCHIVED) {
                restore(moduleId);
            }
            return current;
        }
        int number = em.createNamedQuery(ModuleVersion.COUNT_BY_MODULE, Long.class)
                .setParameter("module", module).getSingleResult().intValue() + 1;
        ModuleVersion version = new ModuleVersion(module, number, draft, Instant.now());
        em.persist(version);
        em.flush();
        module.publish(version);
        audit.record(AuditAction.MODULE_PUBLISHED, AuditOutcome.ALLOWED, MODULE, module.getId(), "version " + number);
        return version;
    }

    public void archive(long moduleId) {
        myDraft(moduleId).getModule().archive();
        audit.record(AuditAction.MODULE_ARCHIVED, AuditOutcome.ALLOWED, MODULE, moduleId, null);
    }

    public void restore(long moduleId) {
        myDraft(moduleId).getModule().restore();
        audit.record(AuditAction.MODULE_RESTORED, AuditOutcome.ALLOWED, MODULE, moduleId, null);
    }

    /** Whether my draft differs from what the library shows (or was never published). */
    public static boolean hasUnpublishedChanges(ModuleDraft draft) {
        ModuleVersion current = draft.getModule().getCurrentVersion();
        return current == null || !current.getSourceHash().equals(draft.contentHash());
    }

    private PsyModule newModule(String title) {
        PsyModule module = PsyModule.custom(accounts.me(), slugFor(title));
        em.persist(module);
        em.flush();
        return module;
    }

    /** A readable, unique slug: up to 60 characters of the title, then a random suffix. */
    public static String slugFor(String title) {
        String words = title == null ? "" : title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (words.length() > 60) {
            words = words.substring(0, 60).replaceAll("-+$", "");
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return (words.isEmpty() ? "module" : words) + "-" + suffix;
    }

    private ModuleDraft myDraft(long moduleId) {
        Account me = accounts.me();
        return em.createQuery("SELECT d FROM ModuleDraft d JOIN FETCH d.module m WHERE m.id = :id AND m.owner = :me",
                        ModuleDraft.class)
                .setParameter("id", moduleId).setParameter("me", me)
                .getResultStream().findFirst()
                .orElseThrow(() -> denied(moduleId, me));
    }

    private NotFoundException denied(long moduleId, Account me) {
        audit.record(AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, MODULE, moduleId,
                "not a module clinician " + me.getId() + " may open");
        return new NotFoundException("module " + moduleId);
    }

    private static void refuse(List<DraftProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidDraftException(problems);
        }
    }
}
