package app.securebase.practice;

import app.securebase.audit.AuditAction;
import app.securebase.audit.AuditOutcome;
import app.securebase.audit.AuditService;
import app.securebase.security.Account;
import app.securebase.security.AccountLinks;
import app.securebase.security.AccountService;
import app.securebase.security.AccountStatus;
import app.securebase.security.IssuedLink;
import app.securebase.security.Role;
import app.securebase.security.SessionRegistry;
import app.securebase.security.TokenPurpose;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A clinician's caseload. Every method works on the signed-in clinician's own clients only: a client id from a URL,
 * a form or a table row is looked up together with the caseload, and someone else's client answers exactly like a
 * missing one ({@link NotFoundException}), with the attempt audited as denied.
 */
@Stateless
@RolesAllowed(Role.CLINICIAN_NAME)
public class CaseloadService {

    private static final String CLIENT = "CLIENT";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    AccountLinks links;

    @Inject
    SessionRegistry sessions;

    @Inject
    AuditService audit;

    public AccountPage<AccountRow> clients(String search, AccountStatus status, int first, int max) {
        return AccountQueries.page(em, Role.CLIENT, accounts.me(), search, status, first, max);
    }

    /** One of my clients, for their page; the view is audited. */
    public Account viewClient(long clientId) {
        Account client = myClient(clientId);
        audit.record(AuditAction.CLIENT_RECORD_VIEWED, AuditOutcome.ALLOWED, CLIENT, clientId, null);
        return client;
    }

    public IssuedLink addClient(String email, String displayName, String preferredName, String phone) {
        if (accounts.findByEmail(email).isPresent()) {
            throw new DuplicateEmailException();
        }
        Account client = Account.invitedClient(email, displayName, preferredName, phone, accounts.me());
        em.persist(client);
        em.flush();
        audit.record(AuditAction.CLIENT_ADDED, AuditOutcome.ALLOWED, CLIENT, client.getId(), null);
        return links.issue(client, TokenPurpose.INVITATION, client.getClinician().getId());
    }

    public IssuedLink resendInvitation(long clientId) {
        Account client = myClient(clientId);
        if (client.getStatus() != AccountStatus.INVITED) {
            throw new IllegalStateException("client " + clientId + " has accepted the invitation");
        }
        audit.record(AuditAction.INVITATION_RESENT, AuditOutcome.ALLOWED, CLIENT, clientId, null);
        return links.issue(client, TokenPurpose.INVITATION, client.getClinician().getId());
    }

    public void revokeInvitation(long clientId) {
        Account client = myClient(clientId);
        links.revokeOpen(client, TokenPurpose.INVITATION);
        audit.record(AuditAction.INVITATION_REVOKED, AuditOutcome.ALLOWED, CLIENT, clientId, null);
    }

    /** Keeps the record and blocks sign-in; open sessions end now. */
    public void archive(long clientId) {
        Account client = myClient(clientId);
        client.archive();
        links.revokeOpen(client, TokenPurpose.INVITATION);
        links.revokeOpen(client, TokenPurpose.PASSWORD_RESET);
        sessions.endSessionsOf(clientId);
        audit.record(AuditAction.CLIENT_ARCHIVED, AuditOutcome.ALLOWED, CLIENT, clientId, null);
    }

    /**
     * One of my clients, for any feature that works on a client's records; someone else's client, or an id that is
     * no client, is refused as missing and audited as denied. Not audited as a view: the caller audits what it reads.
     */
    public Account myClient(long clientId) {
        // By id: the clinician's own account is not loaded for this (each service call has a transaction of its own).
        long me = accounts.myId();
        return em.createQuery("SELECT a FROM Account a WHERE a.id = :id AND a.role = :role AND a.clinician.id = :me",
                        Account.class)
                .setParameter("id", clientId)
                .setParameter("role", Role.CLIENT)
                .setParameter("me", me)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> {
                    audit.record(AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, CLIENT, clientId,
                            "not on the caseload of clinician " + me);
                    return new NotFoundException("client " + clientId);
                });
    }
}
