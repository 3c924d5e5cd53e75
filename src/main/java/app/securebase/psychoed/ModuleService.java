package app.securebase.psychoed;

import app.securebase.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The psychoeducation library as clinicians browse it: published modules only, each at its current version. The
 * library is shared reading material, not clinical data, so browsing it is not audited.
 */
@Stateless
@RolesAllowed(Role.CLINICIAN_NAME)
public class ModuleService {

    private static final String PUBLISHED = " FROM ModuleVersion v JOIN v.module m WHERE m.currentVersion = v"
            + " AND m.status = app.securebase.psychoed.ModuleStatus.PUBLISHED";

    @PersistenceContext
    EntityManager em;

    /**
     * @param search part of the title, summary or body text, any case, or blank
     * @param topic  only modules with this topic tag, or blank for all
     */
    public LibraryPage library(String search, String topic, int first, int max) {
        StringBuilder where = new StringBuilder(PUBLISHED);
        String pattern = search == null || search.isBlank() ? null
                : "%" + search.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        if (pattern != null) {
            where.append(" AND (LOWER(v.title) LIKE :pattern OR LOWER(v.summary) LIKE :pattern"
                    + " OR LOWER(v.bodyText) LIKE :pattern)");
        }
        String tag = topic == null || topic.isBlank() ? null : topic.strip();
        if (tag != null) {
            where.append(" AND v.id IN (SELECT t.id FROM ModuleVersion t JOIN t.topics tag WHERE tag = :topic)");
        }
        TypedQuery<ModuleVersion> rows = em.createQuery("SELECT v" + where + " ORDER BY m.position, m.id",
                ModuleVersion.class)
                .setHint("eclipselink.join-fetch", "v.module")
                .setHint("eclipselink.left-join-fetch", "v.module.owner");
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(v)" + where, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            if (pattern != null) {
                query.setParameter("pattern", pattern);
            }
            if (tag != null) {
                query.setParameter("topic", tag);
            }
        }
        return new LibraryPage(rows.setFirstResult(first).setMaxResults(max).getResultList(),
                count.getSingleResult());
    }

    /** The topic tags in use in the library, for the filter; a small vocabulary, sorted here (EclipseLink cannot
     * order by an element collection's value). */
    public List<String> topics() {
        return em.createQuery("SELECT DISTINCT t FROM ModuleVersion v JOIN v.module m JOIN v.topics t"
                + " WHERE m.currentVersion = v AND m.status = app.securebase.psychoed.ModuleStatus.PUBLISHED"
                , String.class).getResultStream().sorted().toList();
    }

    /** A published module's current version, for the preview; anything else looks like a missing module. */
    public Optional<ModuleVersion> findPublished(long moduleId) {
        return em.createQuery("SELECT v" + PUBLISHED + " AND m.id = :id", ModuleVersion.class)
                .setParameter("id", moduleId).getResultStream().findFirst();
    }
}
