package app.securebase.testsupport;

import app.securebase.security.Account;
import app.securebase.security.AccountService;
import app.securebase.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;

/**
 * Sets up data for in-container tests. Added to the test deployment only, never to the shipped WAR.
 */
@Stateless
@PermitAll
public class TestData {

    public static final String PASSWORD = "a long enough passphrase";
    public static final String RUN_AS_CLINICIAN = "it-run-as-clinician";
    public static final String RUN_AS_CLIENT = "it-run-as-client";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@example.org";
    }

    public Account staff(Role role) {
        return accounts.createActive(uniqueEmail(role.name().toLowerCase()), "Test " + role, role, PASSWORD.toCharArray());
    }

    public Account clientOf(Account clinician) {
        return accounts.createActiveClient(uniqueEmail("client"), "Test Client",
                em.find(Account.class, clinician.getId()), PASSWORD.toCharArray());
    }

    /**
     * The account {@link AsClinician} runs as ({@value #RUN_AS_CLINICIAN}, the principal of the run-as mapping), made
     * on first use, so that services that act for "me" can be called in-container as a real clinician.
     */
    public Account runAsClinician() {
        return accounts.findByEmail(RUN_AS_CLINICIAN).orElseGet(() -> renamed(accounts.createActive(
                uniqueEmail("run-as-clinician"), "Run-as Clinician", Role.CLINICIAN, PASSWORD.toCharArray()),
                RUN_AS_CLINICIAN));
    }

    /** The account {@link AsClient} runs as, a client on the caseload of {@link #runAsClinician()}. */
    public Account runAsClient() {
        return accounts.findByEmail(RUN_AS_CLIENT).orElseGet(() -> renamed(accounts.createActiveClient(
                uniqueEmail("run-as-client"), "Run-as Client", em.find(Account.class, runAsClinician().getId()),
                PASSWORD.toCharArray()), RUN_AS_CLIENT));
    }

    /**
     * Gives the account the run-as principal's name as its email. Payara's run-as principal cannot contain '@', and
     * the entity insists on a real address, so the name is set by a bulk update, which skips bean validation.
     */
    private Account renamed(Account account, String principal) {
        em.flush();
        em.createQuery("UPDATE Account a SET a.email = :principal WHERE a.id = :id")
                .setParameter("principal", principal).setParameter("id", account.getId()).executeUpdate();
        em.clear();
        return em.find(Account.class, account.getId());
    }

    /** Hands an exercise template to another owner, as if that clinician had written it. */
    public void setTemplateOwner(long templateId, Account owner) {
        em.createQuery("UPDATE ExerciseTemplate t SET t.owner = :owner WHERE t.id = :id")
                .setParameter("owner", em.find(Account.class, owner.getId())).setParameter("id", templateId)
                .executeUpdate();
    }

    public Account reload(Account account) {
        return em.find(Account.class, account.getId());
    }

    public Long clinicianIdOf(Account client) {
        return em.createQuery("SELECT a.clinician.id FROM Account a WHERE a.id = :id", Long.class)
                .setParameter("id", client.getId()).getSingleResult();
    }

    public void enableMfa(Account account, String secret, long lastStep) {
        em.find(Account.class, account.getId()).enableMfa(secret, lastStep);
    }

    /** Replaces the hash with a weaker one, as an older version of SecureBase might have stored. */
    public void setRawPasswordHash(Account account, String hash) {
        em.createQuery("UPDATE Account a SET a.passwordHash = :hash WHERE a.id = :id")
                .setParameter("hash", hash).setParameter("id", account.getId()).executeUpdate();
    }

    public String rawPasswordHash(Account account) {
        return em.createQuery("SELECT a.passwordHash FROM Account a WHERE a.id = :id", String.class)
                .setParameter("id", account.getId()).getSingleResult();
    }

    /** Makes every link of the account expire now. */
    public void expireLinks(Account account) {
        em.createQuery("UPDATE AccountToken t SET t.expiresAt = :past WHERE t.account.id = :id")
                .setParameter("past", Instant.now().minusSeconds(1)).setParameter("id", account.getId()).executeUpdate();
    }
}
