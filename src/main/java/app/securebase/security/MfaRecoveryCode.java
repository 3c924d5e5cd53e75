package app.securebase.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time recovery code for when the authenticator app is lost; only its hash is stored. */
@Entity
@Table(name = "mfa_recovery_code")
@NamedQuery(name = MfaRecoveryCode.FIND_UNUSED,
        query = "SELECT c FROM MfaRecoveryCode c WHERE c.accountId = :accountId AND c.codeHash = :hash AND c.usedAt IS NULL")
@NamedQuery(name = MfaRecoveryCode.DELETE_FOR_ACCOUNT, query = "DELETE FROM MfaRecoveryCode c WHERE c.accountId = :accountId")
@NamedQuery(name = MfaRecoveryCode.COUNT_UNUSED,
        query = "SELECT COUNT(c) FROM MfaRecoveryCode c WHERE c.accountId = :accountId AND c.usedAt IS NULL")
public class MfaRecoveryCode {

    public static final String FIND_UNUSED = "MfaRecoveryCode.findUnused";
    public static final String DELETE_FOR_ACCOUNT = "MfaRecoveryCode.deleteForAccount";
    public static final String COUNT_UNUSED = "MfaRecoveryCode.countUnused";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected MfaRecoveryCode() {
        // for JPA
    }

    public MfaRecoveryCode(Long accountId, String codeHash) {
        this.accountId = accountId;
        this.codeHash = codeHash;
    }

    public void use(Instant now) {
        usedAt = now;
    }
}
