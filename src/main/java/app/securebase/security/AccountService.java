package app.securebase.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Reads and creates accounts. Sign-in runs before anyone is authenticated, so look-ups by email are open to the
 * identity store; everything that changes accounts for a user is added with its own role checks.
 */
@Stateless
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    public Optional<Account> findByEmail(String email) {
        return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream()
                .findFirst();
    }

    public long countActive(Role role) {
        return em.createNamedQuery(Account.COUNT_ACTIVE_BY_ROLE, Long.class)
                .setParameter("role", role)
                .getSingleResult();
    }

    public Account create(String email, String displayName, Role role, char[] password) {
        Account account = new Account(email, displayName, role, hasher.hash(password));
        em.persist(account);
        return account;
    }
}
