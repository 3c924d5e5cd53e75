package app.securebase.psychoed;

import app.securebase.audit.AuditAction;
import app.securebase.audit.AuditOutcome;
import app.securebase.audit.AuditService;
import app.securebase.practice.CaseloadService;
import app.securebase.practice.NotFoundException;
import app.securebase.security.Account;
import app.securebase.security.AccountService;
import app.securebase.security.AccountStatus;
import app.securebase.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Giving modules to the clients of my caseload and following their reading. Every client id is checked against the
 * signed-in clinician's caseload in the same query that loads it; someone else's client answers like a missing one,
 * and the attempt is audited as denied. Viewing a client's reading and answers is audited as a read of clinical data.
 */
@Stateless
@RolesAllowed(Role.CLINICIAN_NAME)
public class AssignmentService {

    private static final String CLIENT = "CLIENT";
    private static final String ASSIGNMENT = "MODULE_ASSIGNMENT";
    private static final List<AccountStatus> ASSIGNABLE = List.of(AccountStatus.ACTIVE, AccountStatus.INVITED);

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    AuditService audit;

    @Inject
    CaseloadService caseload;

    /** The clients of my caseload who can be given reading: active or invited, by name. */
    public List<Account> assignableClients() {
        return em.createQuery("SELECT a FROM Account a WHERE a.clinician = :me AND a.role = :role"
                        + " AND a.status IN :statuses ORDER BY a.displayName, a.id", Account.class)
                .setParameter("me", accounts.me()).setParameter("role", Role.CLIENT)
                .setParameter("statuses", ASSIGNABLE).getResultList();
    }

    /** The modules of the library, at their current version, in library order. */
    public List<ModuleVersion> assignableModules() {
        return em.createQuery("SELECT v FROM ModuleVersion v JOIN v.module m WHERE m.currentVersion = v"
                        + " AND m.status = app.securebase.psychoed.ModuleStatus.PUBLISHED ORDER BY m.position, m.id",
                        ModuleVersion.class)
                .setHint("eclipselink.join-fetch", "v.module")
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "v.topics")
                .getResultList();
    }

    /**
     * Gives each module, at its current version, to each client. A client who still has a module to read is not
     * given it twice; that pair is counted as already assigned.
     *
     * @param due optional; not before today in the clinician's time zone
     */
    public AssignmentResult assign(Collection<Long> moduleIds, Collection<Long> clientIds, String note, LocalDate due) {
        if (moduleIds == null || moduleIds.isEmpty()) {
            throw new AssignmentRefusedException("psychoed.assign.error.noModule");
        }
        if (clientIds == null || clientIds.isEmpty()) {
            throw new AssignmentRefusedException("psychoed.assign.error.noClient");
        }
        if (note != null && note.strip().length() > ModuleAssignment.NOTE_MAX) {
            throw new AssignmentRefusedException("psychoed.assign.error.noteTooLong");
        }
        Account me = accounts.me();
        if (due != null && due.isBefore(LocalDate.now(ZoneId.of(me.getTimeZone())))) {
            throw new AssignmentRefusedException("psychoed.assign.error.dueInPast");
        }
        Set<Long> clientSet = Set.copyOf(clientIds);
        List<Account> clients = em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids AND a.clinician = :me"
                        + " AND a.role = :role AND a.status IN :statuses", Account.class)
                .setParameter("ids", clientSet).setParameter("me", me).setParameter("role", Role.CLIENT)
                .setParameter("statuses", ASSIGNABLE).getResultList();
        if (clients.size() != clientSet.size()) {
            Set<Long> found = clients.stream().map(Account::getId).collect(Collectors.toSet());
            Long missing = clientSet.stream().filter(id -> !found.contains(id)).findFirst().orElseThrow();
            audit.record(AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, CLIENT, missing,
                    "assigning to a client not on the caseload of clinician " + me.getId());
            throw new NotFoundException("client " + missing);
        }
        Set<Long> moduleSet = Set.copyOf(moduleIds);
        List<ModuleVersion> versions = em.createQuery("SELECT v FROM ModuleVersion v JOIN v.module m"
                        + " WHERE m.id IN :ids AND m.currentVersion = v"
                        + " AND m.status = app.securebase.psychoed.ModuleStatus.PUBLISHED", ModuleVersion.class)
                .setParameter("ids", moduleSet).getResultList();
        if (versions.size() != moduleSet.size()) {
            throw new NotFoundException("module among " + moduleSet);
        }
        Set<String> open = em.createQuery("SELECT a.client.id, a.module.id FROM ModuleAssignment a"
                        + " WHERE a.client IN :clients AND a.module.id IN :modules AND a.readAt IS NULL"
                        + " AND a.withdrawnAt IS NULL", Object[].class)
                .setParameter("clients", clients).setParameter("modules", moduleSet).getResultStream()
                .map(row -> row[0] + ":" + row[1]).collect(Collectors.toSet());
        Instant now = Instant.now();
        int created = 0;
        int skipped = 0;
        for (Account client : clients) {
            for (ModuleVersion version : versions) {
                if (open.contains(client.getId() + ":" + version.getModule().getId())) {
                    skipped++;
                    continue;
                }
                em.persist(new ModuleAssignment(client, me, version, note, due, now));
                audit.record(AuditAction.MODULE_ASSIGNED, AuditOutcome.ALLOWED, CLIENT, client.getId(),
                        "module " + version.getModule().getSlug() + " version " + version.getVersionNumber());
                created++;
            }
        }
        return new AssignmentResult(created, skipped);
    }

    /** My client's reading, newest first, with their answers; the view is audited. */
    public List<ClientReading> readingOf(long clientId) {
        Account client = caseload.myClient(clientId);
        List<ModuleAssignment> assignments = em.createQuery("SELECT a FROM ModuleAssignment a"
                        + " WHERE a.client = :client ORDER BY a.assignedAt DESC, a.id DESC", ModuleAssignment.class)
                .setParameter("client", client)
                .setHint("eclipselink.join-fetch", "a.moduleVersion")
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "a.moduleVersion.questions")
                .getResultList();
        Map<Long, List<ReflectionAnswer>> answers = em.createQuery("SELECT r FROM ReflectionAnswer r"
                        + " WHERE r.assignment.client = :client", ReflectionAnswer.class)
                .setParameter("client", client).getResultStream()
                .collect(Collectors.groupingBy(r -> r.getAssignment().getId()));
        audit.record(AuditAction.CLIENT_READING_VIEWED, AuditOutcome.ALLOWED, CLIENT, clientId, null);
        return assignments.stream()
                .map(a -> ClientReading.of(a, answers.getOrDefault(a.getId(), List.of()))).toList();
    }

    /** Takes back a module my client has not read yet; it leaves their reading list. */
    public void withdraw(long assignmentId) {
        Account me = accounts.me();
        ModuleAssignment assignment = em.createQuery("SELECT a FROM ModuleAssignment a WHERE a.id = :id"
                        + " AND a.client.clinician = :me", ModuleAssignment.class)
                .setParameter("id", assignmentId).setParameter("me", me).getResultStream().findFirst()
                .orElseThrow(() -> {
                    audit.record(AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, ASSIGNMENT, assignmentId,
                            "not an assignment of the caseload of clinician " + me.getId());
                    return new NotFoundException("assignment " + assignmentId);
                });
        if (assignment.getReadAt() != null) {
            throw new AssignmentRefusedException("psychoed.assign.error.alreadyRead");
        }
        assignment.withdraw(Instant.now());
        audit.record(AuditAction.MODULE_ASSIGNMENT_WITHDRAWN, AuditOutcome.ALLOWED, CLIENT,
                assignment.getClient().getId(), "module " + assignment.getModule().getSlug());
    }
}
