package app.securebase.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A single-use invitation or password-reset link. Only the SHA-256 of the token is stored, so a copy of the
 * database does not hand out working links; the token itself exists only in the link given to its owner.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(name = AccountToken.FIND_BY_HASH,
        query = "SELECT t FROM AccountToken t JOIN FETCH t.account WHERE t.tokenHash = :hash")
@NamedQuery(name = AccountToken.REVOKE_OPEN,
        query = "UPDATE AccountToken t SET t.revokedAt = :now WHERE t.account = :account AND t.purpose = :purpose"
                + " AND t.usedAt IS NULL AND t.revokedAt IS NULL")
@NamedQuery(name = AccountToken.LATEST_INVITATIONS,
        query = "SELECT t FROM AccountToken t WHERE t.account.id IN :accountIds"
                + " AND t.purpose = app.securebase.security.TokenPurpose.INVITATION ORDER BY t.createdAt DESC")
public class AccountToken {

    public static final String FIND_BY_HASH = "AccountToken.findByHash";
    public static final String REVOKE_OPEN = "AccountToken.revokeOpen";
    public static final String LATEST_INVITATIONS = "AccountToken.latestInvitations";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    /** The same column as {@link #account}, readable without loading the account. */
    @Column(name = "account_id", insertable = false, updatable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "created_by")
    private Long createdBy;

    protected AccountToken() {
        // for JPA
    }

    public AccountToken(Account account, TokenPurpose purpose, String tokenHash, Instant now, Duration validity,
            Long createdBy) {
        this.account = Objects.requireNonNull(account);
        this.purpose = Objects.requireNonNull(purpose);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = now;
        this.expiresAt = now.plus(validity);
        this.createdBy = createdBy;
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    public void markUsed(Instant now) {
        if (!isUsable(now)) {
            throw new IllegalStateException("link " + id + " is no longer usable");
        }
        usedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public Long getAccountId() {
        return accountId;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
