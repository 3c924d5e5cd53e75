package app.securebase.audit;

import app.securebase.platform.DatabaseMigration;
import app.securebase.security.AccountService;
import app.securebase.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The audit trail: every feature records here who did what to which record, and admins read and verify it.
 *
 * <p>Recording runs in its own transaction, so a refused access is kept even when the caller's transaction rolls back.
 * If the row cannot be written, the exception reaches the caller: an action that cannot be audited does not happen.
 * Rows are appended through {@link AuditTable}, which chains each one to the previous one by hash; nothing changes or
 * removes a row once written.
 *
 * <p>Reading is for admins only, paged and filtered in the database, and reading or verifying is itself recorded.
 */
@Stateless
public class AuditService {

    private static final Logger LOG = Logger.getLogger(AuditService.class.getName());

    /** Escape character for LIKE patterns; not a backslash, which MySQL also treats as an escape in literals. */
    private static final char LIKE_ESCAPE = '!';

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountService accounts;

    @Resource
    SessionContext session;

    /**
     * Records an action of whoever is signed in to this request (or {@value AuditActor#ANONYMOUS}), from this request's
     * client address ({@value ClientAddress#INTERNAL} outside a request).
     *
     * @param targetType what kind of record was acted on, e.g. {@code ACCOUNT}, {@code CLIENT}; {@code null} if none
     * @param targetId   its id, or {@code null}
     * @param detail     a short note for the admin reading the log, never clinical content; cut to 500 characters
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(AuditAction action, AuditOutcome outcome, String targetType, Long targetId, String detail) {
        append(caller(), action, outcome, targetType, targetId, detail);
    }

    /** Like {@link #record}, for an actor who is not (yet) the signed-in caller, e.g. during sign-in. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAs(AuditActor actor, AuditAction action, AuditOutcome outcome, String targetType, Long targetId,
            String detail) {
        append(actor == null ? AuditActor.anonymous(null) : actor, action, outcome, targetType, targetId, detail);
    }

    /**
     * Walks the whole chain, a page at a time, and reports the first broken link. The check is recorded as well, with
     * its result.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AuditVerification verifyChain() {
        AuditVerification result;
        try (Connection connection = dataSource.getConnection()) {
            result = AuditTable.verify(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit trail", e);
        }
        if (result.intact()) {
            LOG.info(() -> "Audit chain " + result.summary());
        } else {
            LOG.severe(() -> "Audit chain " + result.summary());
        }
        // Through the container, so the record gets its own transaction like any other.
        session.getBusinessObject(AuditService.class)
                .record(AuditAction.AUDIT_CHAIN_VERIFIED, AuditOutcome.ALLOWED, null, null, result.summary());
        return result;
    }

    /** One page of the rows matching {@code filter}, newest first. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<AuditEvent> find(AuditFilter filter, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> event = query.from(AuditEvent.class);
        query.select(event)
                .where(matching(cb, event, filter))
                .orderBy(cb.desc(event.get("occurredAt")), cb.desc(event.get("id")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public long count(AuditFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEvent> event = query.from(AuditEvent.class);
        query.select(cb.count(event)).where(matching(cb, event, filter));
        return em.createQuery(query).getSingleResult();
    }

    /** The kinds of record the trail names so far, for the page's target filter. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<String> targetTypes() {
        return em.createNamedQuery(AuditEvent.FIND_TARGET_TYPES, String.class).getResultList();
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<AuditEvent> event, AuditFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter.user() != null) {
            String user = filter.user().toLowerCase(Locale.ROOT);
            Path<String> name = event.get("actorName");
            where.add(filter.exactUser()
                    ? cb.equal(name, user)
                    : cb.like(cb.lower(name), "%" + escapeLike(user) + "%", LIKE_ESCAPE));
        }
        if (filter.targetType() != null) {
            where.add(cb.equal(event.get("targetType"), filter.targetType()));
        }
        if (filter.targetId() != null) {
            where.add(cb.equal(event.get("targetId"), filter.targetId()));
        }
        if (filter.action() != null) {
            where.add(cb.equal(event.get("action"), filter.action()));
        }
        if (filter.outcome() != null) {
            where.add(cb.equal(event.get("outcome"), filter.outcome()));
        }
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(event.<Instant>get("occurredAt"), filter.from()));
        }
        if (filter.until() != null) {
            where.add(cb.lessThan(event.<Instant>get("occurredAt"), filter.until()));
        }
        return where.toArray(Predicate[]::new);
    }

    static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                escaped.append(LIKE_ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    private AuditActor caller() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return AuditActor.anonymous(null);
        }
        return accounts.callerFacts(principal.getName())
                .map(caller -> new AuditActor(caller.id(), caller.email(), caller.role().name()))
                .orElseGet(() -> new AuditActor(null, principal.getName(), null));
    }

    private void append(AuditActor actor, AuditAction action, AuditOutcome outcome, String targetType, Long targetId,
            String detail) {
        String clientAddress = ClientAddress.current();
        try (Connection connection = dataSource.getConnection()) {
            AuditChain.Head head = AuditTable.lockHead(connection);
            // The time is taken under the lock, so ids and times rise together.
            AuditRecord row = AuditRecord.seal(head, Instant.now(), actor, action, outcome, targetType, targetId,
                    clientAddress, detail);
            AuditTable.append(connection, head, row);
        } catch (SQLException e) {
            throw new IllegalStateException("could not append to the audit trail", e);
        }
    }
}
