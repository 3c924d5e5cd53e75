package app.securebase.psychoed;

import app.securebase.security.Account;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * Writes a draft module for any account, as that clinician's own editor would: the in-container tests run as one
 * clinician only, and need modules that belong to someone else. Added to the test deployment only.
 */
@Stateless
@PermitAll
public class OtherAuthor {

    @PersistenceContext
    EntityManager em;

    /** A new draft module owned by {@code owner}; returns its id. */
    public long draft(Account owner, DraftContent content) {
        PsyModule module = PsyModule.custom(em.find(Account.class, owner.getId()),
                "it-other-" + UUID.randomUUID().toString().substring(0, 8));
        em.persist(module);
        em.flush();
        ModuleDraft draft = new ModuleDraft(module, null);
        draft.edit(content);
        em.persist(draft);
        em.flush();
        return module.getId();
    }
}
