package app.securebase.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A person who can sign in: an admin, a clinician or a client.
 *
 * <p>The email is the sign-in name and is kept lower-case so that uniqueness and look-ups ignore case. The password
 * is never held, only its {@link PasswordHasher} hash.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.FIND_BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = Account.COUNT_ACTIVE_BY_ROLE,
        query = "SELECT COUNT(a) FROM Account a WHERE a.role = :role AND a.active = TRUE")
public class Account {

    public static final String FIND_BY_EMAIL = "Account.findByEmail";
    public static final String COUNT_ACTIVE_BY_ROLE = "Account.countActiveByRole";

    public static final int EMAIL_MAX = 254;
    public static final int DISPLAY_NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Email
    @Size(max = EMAIL_MAX)
    @Column(nullable = false, unique = true, length = EMAIL_MAX)
    private String email;

    @NotBlank
    @Size(max = DISPLAY_NAME_MAX)
    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @NotNull
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    public Account(String email, String displayName, Role role, String passwordHash) {
        this.email = normalizeEmail(email);
        this.displayName = Objects.requireNonNull(displayName).strip();
        this.role = Objects.requireNonNull(role);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.createdAt = Instant.now();
    }

    /** The form in which emails are stored and looked up. */
    public static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    String getPasswordHash() {
        return passwordHash;
    }
}
