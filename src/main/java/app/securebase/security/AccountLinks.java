package app.securebase.security;

import app.securebase.audit.AuditAction;
import app.securebase.audit.AuditActor;
import app.securebase.audit.AuditOutcome;
import app.securebase.audit.AuditService;
import app.securebase.platform.MailService;
import app.securebase.platform.PublicUrl;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Invitation and password-reset links: issued by an admin or clinician (who check their own permissions before
 * calling), redeemed anonymously by the link's owner on the set-password page.
 *
 * <p>Each link is single-use, expires (invitations after 7 days, resets after 1 hour by default), replaces any open
 * link of the same kind for the account, and is stored only as a SHA-256 hash.
 */
@Stateless
@PermitAll
public class AccountLinks {

    public static final String SET_PASSWORD_PAGE = "/set-password.xhtml?token=";

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "securebase.invitation.validity", defaultValue = "P7D")
    Duration invitationValidity;

    @Inject
    @ConfigProperty(name = "securebase.reset.validity", defaultValue = "PT1H")
    Duration resetValidity;

    @Inject
    PasswordHasher hasher;

    @Inject
    MailService mail;

    @Inject
    PublicUrl publicUrl;

    @Inject
    AuditService audit;

    /** Issues a new link (revoking open ones of the same kind) and emails it when SMTP is configured. */
    public IssuedLink issue(Account account, TokenPurpose purpose, Long issuedBy) {
        Instant now = Instant.now();
        revokeOpen(account, purpose, now);
        String token = SecretTokens.newToken();
        Duration validity = purpose == TokenPurpose.INVITATION ? invitationValidity : resetValidity;
        em.persist(new AccountToken(account, purpose, SecretTokens.sha256Hex(token), now, validity, issuedBy));
        String url = publicUrl.of(SET_PASSWORD_PAGE + token);
        boolean emailed = mail.send(account.getEmail(), subject(purpose), body(purpose, url, validity));
        return new IssuedLink(emailed ? null : url, emailed, account.getEmail());
    }

    public void revokeOpen(Account account, TokenPurpose purpose) {
        revokeOpen(account, purpose, Instant.now());
    }

    private void revokeOpen(Account account, TokenPurpose purpose, Instant now) {
        em.createNamedQuery(AccountToken.REVOKE_OPEN)
                .setParameter("now", now)
                .setParameter("account", account)
                .setParameter("purpose", purpose)
                .executeUpdate();
    }

    /** The link behind a token if it can still be used; expired, used, revoked and unknown links look the same. */
    public Optional<AccountToken> findUsable(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(AccountToken.FIND_BY_HASH, AccountToken.class)
                .setParameter("hash", SecretTokens.sha256Hex(token))
                .getResultStream()
                .findFirst()
                .filter(link -> link.isUsable(Instant.now()));
    }

    /**
     * Sets the password through a link and spends the link.
     *
     * @throws LinkUnusableException when the link expired, was used or revoked, or never existed
     * @throws PasswordRejectedException when the password breaks the policy (the link stays usable)
     */
    public Account redeem(String token, String newPassword) {
        AccountToken link = findUsable(token).orElseThrow(LinkUnusableException::new);
        em.lock(link, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(link);
        Instant now = Instant.now();
        if (!link.isUsable(now)) {
            throw new LinkUnusableException();
        }
        Account account = link.getAccount();
        List<String> problems = PasswordPolicy.check(newPassword, account.getEmail()).stream()
                .map(PasswordPolicy.Violation::messageKey).toList();
        if (!problems.isEmpty()) {
            throw new PasswordRejectedException(problems);
        }
        boolean invitation = link.getPurpose() == TokenPurpose.INVITATION;
        account.setPasswordFromLink(hasher.hash(newPassword.toCharArray()));
        link.markUsed(now);
        audit.recordAs(new AuditActor(account.getId(), account.getEmail(), account.getRole().name()),
                invitation ? AuditAction.ACCOUNT_ACTIVATED : AuditAction.PASSWORD_RESET_USED, AuditOutcome.ALLOWED,
                "ACCOUNT", account.getId(), null);
        return account;
    }

    private static String subject(TokenPurpose purpose) {
        return purpose == TokenPurpose.INVITATION ? "You are invited to SecureBase" : "Reset your SecureBase password";
    }

    private static String body(TokenPurpose purpose, String url, Duration validity) {
        String what = purpose == TokenPurpose.INVITATION
                ? "Your practice has invited you to SecureBase. Choose your password here:"
                : "Someone asked to reset your SecureBase password. If it was you, choose a new one here:";
        return what + "\n\n" + url + "\n\nThe link works once and expires in " + human(validity)
                + ". If you did not expect this message, you can ignore it.\n";
    }

    private static String human(Duration validity) {
        long hours = validity.toHours();
        return hours >= 48 ? (hours / 24) + " days" : hours >= 1 ? hours + (hours == 1 ? " hour" : " hours")
                : validity.toMinutes() + " minutes";
    }
}
