package app.securebase.security;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Jakarta Security identity store over the {@code account} table: the caller name is the account's email, the one
 * group is its role.
 *
 * <p>An unknown email, a wrong password and a deactivated account all give the same {@code INVALID} answer after the
 * same amount of hashing work, so neither the message nor the timing tells a stranger which accounts exist.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(AccountIdentityStore.class.getName());

    @Inject
    AccountService accounts;

    @Inject
    PasswordHasher hasher;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        char[] password = credential.getPassword().getValue();
        Optional<Account> found = accounts.findByEmail(credential.getCaller());
        if (found.isEmpty()) {
            hasher.verifyDecoy(password);
            LOG.info("Sign-in refused: no such account");
            return INVALID_RESULT;
        }
        Account account = found.get();
        if (!hasher.verify(password, account.getPasswordHash()) || !account.isActive()) {
            LOG.info(() -> "Sign-in refused for account " + account.getId());
            return INVALID_RESULT;
        }
        return new CredentialValidationResult(account.getEmail(), Set.of(account.getRole().name()));
    }
}
