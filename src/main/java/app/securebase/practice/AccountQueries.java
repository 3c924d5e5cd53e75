package app.securebase.practice;

import app.securebase.security.Account;
import app.securebase.security.AccountStatus;
import app.securebase.security.AccountToken;
import app.securebase.security.Role;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The account lists of the admin and clinician pages, paged in the database: one query for the page, one for its
 * count and one for the invitations of the accounts on the page, however many rows.
 */
final class AccountQueries {

    private AccountQueries() {
    }

    /**
     * @param clinician only this clinician's clients, or {@code null} for all accounts of the role (admin lists)
     * @param search    part of a name or email, or blank
     * @param status    only this status, or {@code null} for all
     */
    static AccountPage<AccountRow> page(EntityManager em, Role role, Account clinician, String search,
            AccountStatus status, int first, int max) {
        StringBuilder where = new StringBuilder(" WHERE a.role = :role");
        if (clinician != null) {
            where.append(" AND a.clinician = :clinician");
        }
        if (status != null) {
            where.append(" AND a.status = :status");
        }
        String pattern = search == null || search.isBlank() ? null
                : "%" + search.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        if (pattern != null) {
            where.append(" AND (LOWER(a.displayName) LIKE :pattern OR LOWER(a.preferredName) LIKE :pattern"
                    + " OR a.email LIKE :pattern)");
        }
        Function<TypedQuery<?>, TypedQuery<?>> bind = query -> {
            query.setParameter("role", role);
            if (clinician != null) {
                query.setParameter("clinician", clinician);
            }
            if (status != null) {
                query.setParameter("status", status);
            }
            if (pattern != null) {
                query.setParameter("pattern", pattern);
            }
            return query;
        };
        TypedQuery<Object[]> rowsQuery = em.createQuery("SELECT a, c FROM Account a LEFT JOIN a.clinician c" + where
                + " ORDER BY a.displayName, a.id", Object[].class);
        bind.apply(rowsQuery);
        List<Object[]> rows = rowsQuery.setFirstResult(first).setMaxResults(max).getResultList();
        TypedQuery<Long> countQuery = em.createQuery("SELECT COUNT(a) FROM Account a" + where, Long.class);
        bind.apply(countQuery);
        long total = countQuery.getSingleResult();

        Map<Long, AccountToken> latest = new HashMap<>();
        List<Long> invited = rows.stream().map(r -> (Account) r[0])
                .filter(a -> a.getStatus() == AccountStatus.INVITED).map(Account::getId).toList();
        if (!invited.isEmpty()) {
            em.createNamedQuery(AccountToken.LATEST_INVITATIONS, AccountToken.class)
                    .setParameter("accountIds", invited)
                    .getResultList()
                    .forEach(token -> latest.putIfAbsent(token.getAccountId(), token));
        }
        Instant now = Instant.now();
        return new AccountPage<>(rows.stream().map(r -> {
            Account account = (Account) r[0];
            return AccountRow.of(account, InvitationStatus.of(account.getStatus(), latest.get(account.getId()), now),
                    (Account) r[1]);
        }).toList(), total);
    }
}
