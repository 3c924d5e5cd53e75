package app.securebase.practice;

import app.securebase.security.Account;
import app.securebase.security.AccountStatus;

/**
 * A row of an account list: the account's identity and state, its invitation, and for clients the clinician's name.
 * Built from at most two queries per page (accounts, then their latest invitations), never one per row.
 */
public record AccountRow(long id, String displayName, String preferredName, String email, String phone,
        AccountStatus status, InvitationStatus invitation, String clinicianName, Long clinicianId)
        implements java.io.Serializable {

    static AccountRow of(Account account, InvitationStatus invitation, Account clinician) {
        return new AccountRow(account.getId(), account.getDisplayName(), account.getPreferredName(), account.getEmail(),
                account.getPhone(), account.getStatus(), invitation,
                clinician == null ? null : clinician.getDisplayName(), clinician == null ? null : clinician.getId());
    }
}
