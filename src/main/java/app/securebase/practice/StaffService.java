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
import java.util.List;

/**
 * What a practice admin does with accounts: invite and switch clinicians on and off, issue reset links, and move a
 * client to another clinician. An admin manages accounts, not clinical content: nothing here reads a client's work.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class StaffService {

    private static final String ACCOUNT = "ACCOUNT";

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

    public AccountPage<AccountRow> clinicians(String search, AccountStatus status, int first, int max) {
        return AccountQueries.page(em, Role.CLINICIAN, null, search, status, first, max);
    }

    public AccountPage<AccountRow> clients(String search, AccountStatus status, int first, int max) {
        return AccountQueries.page(em, Role.CLIENT, null, search, status, first, max);
    }

    /** Active clinicians, for choosing where a client moves to. */
    public List<Account> activeClinicians() {
        return em.createQuery("SELECT a FROM Account a WHERE a.role = :role AND a.status <> :deactivated"
                        + " ORDER BY a.displayName", Account.class)
                .setParameter("role", Role.CLINICIAN)
                .setParameter("deactivated", AccountStatus.DEACTIVATED)
                .getResultList();
    }

    public IssuedLink inviteClinician(String email, String displayName) {
        if (accounts.findByEmail(email).isPresent()) {
            throw new DuplicateEmailException();
        }
        Account clinician = Account.invitedClinician(email, displayName);
        em.persist(clinician);
        em.flush();
        audit.record(AuditAction.ACCOUNT_INVITED, AuditOutcome.ALLOWED, ACCOUNT, clinician.getId(), "clinician");
        return links.issue(clinician, TokenPurpose.INVITATION, me());
    }

    public IssuedLink resendInvitation(long accountId) {
        Account account = staff(accountId);
        if (account.getStatus() != AccountStatus.INVITED) {
            throw new IllegalStateException("account " + accountId + " has accepted its invitation");
        }
        audit.record(AuditAction.INVITATION_RESENT, AuditOutcome.ALLOWED, ACCOUNT, accountId, null);
        return links.issue(account, TokenPurpose.INVITATION, me());
    }

    public void deactivate(long accountId) {
        Account account = staff(accountId);
        if (account.getId().equals(me())) {
            throw new IllegalStateException("admins cannot deactivate themselves");
        }
        account.deactivate();
        links.revokeOpen(account, TokenPurpose.INVITATION);
        links.revokeOpen(account, TokenPurpose.PASSWORD_RESET);
        sessions.endSessionsOf(accountId);
        audit.record(AuditAction.ACCOUNT_DEACTIVATED, AuditOutcome.ALLOWED, ACCOUNT, accountId, null);
    }

    public void reactivate(long accountId) {
        staff(accountId).reactivate();
        audit.record(AuditAction.ACCOUNT_REACTIVATED, AuditOutcome.ALLOWED, ACCOUNT, accountId, null);
    }

    /** A reset link for a staff member or a client; existing sessions end, since the old password is in doubt. */
    public IssuedLink issuePasswordReset(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null || account.getStatus() != AccountStatus.ACTIVE) {
            throw new NotFoundException("active account " + accountId);
        }
        audit.record(AuditAction.PASSWORD_RESET_ISSUED, AuditOutcome.ALLOWED, ACCOUNT, accountId, null);
        return links.issue(account, TokenPurpose.PASSWORD_RESET, me());
    }

    /** Moves a client to another clinician's caseload; the previous clinician loses access with this transaction. */
    public void transferClient(long clientId, long clinicianId) {
        Account client = em.find(Account.class, clientId);
        Account target = em.find(Account.class, clinicianId);
        if (client == null || client.getRole() != Role.CLIENT) {
            throw new NotFoundException("client " + clientId);
        }
        if (target == null || target.getRole() != Role.CLINICIAN || target.getStatus() == AccountStatus.DEACTIVATED) {
            throw new NotFoundException("clinician " + clinicianId);
        }
        Long from = client.getClinician() == null ? null : client.getClinician().getId();
        client.transferTo(target);
        audit.record(AuditAction.CLIENT_TRANSFERRED, AuditOutcome.ALLOWED, "CLIENT", clientId,
                "from clinician " + from + " to clinician " + clinicianId);
    }

    private Account staff(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null || account.getRole() == Role.CLIENT) {
            throw new NotFoundException("staff account " + accountId);
        }
        return account;
    }

    private Long me() {
        return accounts.me().getId();
    }
}
