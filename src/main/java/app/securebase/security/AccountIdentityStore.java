package app.securebase.security;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Jakarta Security identity store over the {@code account} table: the caller name is the account's email, the one
 * group is its role.
 *
 * <p>It accepts only tickets from {@link SignInService}, which has already checked the password, the second factor
 * and the lock-out rules; the account is checked once more here in case it was deactivated in between.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    SignInTickets tickets;

    @Inject
    AccountService accounts;

    public CredentialValidationResult validate(SignInTicketCredential credential) {
        return tickets.redeem(credential.ticket())
                .flatMap(accounts::findById)
                .filter(Account::canSignIn)
                .map(account -> new CredentialValidationResult(account.getEmail(), Set.of(account.getRole().name())))
                .orElse(INVALID_RESULT);
    }
}
