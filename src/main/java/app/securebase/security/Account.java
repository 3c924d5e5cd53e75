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
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * A person who can sign in: an admin, a clinician or a client.
 *
 * <p>The email is the sign-in name and is kept lower-case so that uniqueness and look-ups ignore case. The password
 * is never held, only its {@link PasswordHasher} hash. A client belongs to one clinician's caseload
 * ({@link #getClinician()}); every clinician-side look-up of a client is filtered on it. The state rules (who can be
 * deactivated, archived or transferred) live here so that no service can skip them.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.FIND_BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = Account.COUNT_ACTIVE_BY_ROLE,
        query = "SELECT COUNT(a) FROM Account a WHERE a.role = :role AND a.status = app.securebase.security.AccountStatus.ACTIVE")
public class Account implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_EMAIL = "Account.findByEmail";
    public static final String COUNT_ACTIVE_BY_ROLE = "Account.countActiveByRole";

    public static final int EMAIL_MAX = 254;
    public static final int NAME_MAX = 120;
    public static final int PHONE_MAX = 40;
    public static final int READER_TEXT_STEPS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Email
    @Size(max = EMAIL_MAX)
    @Column(nullable = false, unique = true, length = EMAIL_MAX)
    private String email;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "display_name", nullable = false, length = NAME_MAX)
    private String displayName;

    @Size(max = NAME_MAX)
    @Column(name = "preferred_name", length = NAME_MAX)
    private String preferredName;

    @Size(max = PHONE_MAX)
    @Column(length = PHONE_MAX)
    private String phone;

    @NotNull
    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone = "UTC";

    @Column(name = "password_hash")
    private String passwordHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AccountStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "clinician_id")
    private Account clinician;

    @Column(name = "mfa_secret", length = 64)
    private String mfaSecret;

    @Column(name = "mfa_last_step")
    private Long mfaLastStep;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The reader's text size, in steps above the normal size (0 to {@link #READER_TEXT_STEPS}). */
    @Column(name = "reader_text_step", nullable = false)
    private int readerTextStep;

    /** A client's choice to get the daily "something is waiting" email (package {@code reminders}); on by default. */
    @Column(name = "email_reminders", nullable = false)
    private boolean emailReminders = true;

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    /** An account that can sign in straight away (demo data, the bootstrap admin). */
    public Account(String email, String displayName, Role role, String passwordHash) {
        this(email, displayName, role);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.status = AccountStatus.ACTIVE;
    }

    private Account(String email, String displayName, Role role) {
        this.email = normalizeEmail(email);
        this.displayName = Objects.requireNonNull(displayName).strip();
        this.role = Objects.requireNonNull(role);
        this.createdAt = Instant.now();
    }

    /** A staff member invited by an admin; they choose their password through the invitation link. */
    public static Account invitedClinician(String email, String displayName) {
        Account account = new Account(email, displayName, Role.CLINICIAN);
        account.status = AccountStatus.INVITED;
        return account;
    }

    /** A client added to {@code clinician}'s caseload; they choose their password through the invitation link. */
    public static Account invitedClient(String email, String displayName, String preferredName, String phone,
            Account clinician) {
        if (clinician.role != Role.CLINICIAN) {
            throw new IllegalArgumentException("a client's caseload belongs to a clinician");
        }
        Account account = new Account(email, displayName, Role.CLIENT);
        account.preferredName = blankToNull(preferredName);
        account.phone = blankToNull(phone);
        account.clinician = clinician;
        account.timeZone = clinician.timeZone;
        account.status = AccountStatus.INVITED;
        return account;
    }

    /** The form in which emails are stored and looked up. */
    public static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public boolean canSignIn() {
        return status == AccountStatus.ACTIVE && passwordHash != null;
    }

    /** Sets a password chosen through an invitation or reset link; an invited account becomes active. */
    public void setPasswordFromLink(String newHash) {
        if (status != AccountStatus.INVITED && status != AccountStatus.ACTIVE) {
            throw new IllegalStateException("account " + id + " is " + status);
        }
        this.passwordHash = Objects.requireNonNull(newHash);
        this.status = AccountStatus.ACTIVE;
    }

    /** Replaces the hash, for a password change or a hash upgrade to stronger parameters. */
    public void replacePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    public void deactivate() {
        if (role == Role.CLIENT) {
            throw new IllegalStateException("clients are archived, not deactivated");
        }
        status = AccountStatus.DEACTIVATED;
    }

    public void reactivate() {
        if (status != AccountStatus.DEACTIVATED) {
            throw new IllegalStateException("account " + id + " is not deactivated");
        }
        status = passwordHash == null ? AccountStatus.INVITED : AccountStatus.ACTIVE;
    }

    public void archive() {
        if (role != Role.CLIENT) {
            throw new IllegalStateException("only clients are archived");
        }
        status = AccountStatus.ARCHIVED;
    }

    /** Moves a client to another clinician's caseload; the previous clinician loses access at once. */
    public void transferTo(Account newClinician) {
        if (role != Role.CLIENT || newClinician.role != Role.CLINICIAN) {
            throw new IllegalArgumentException("only a client moves, and only to a clinician");
        }
        this.clinician = newClinician;
    }

    /** Remembers the reader's text size on the account, so it follows the person to every device. */
    public void chooseReaderTextStep(int step) {
        this.readerTextStep = Math.max(0, Math.min(READER_TEXT_STEPS, step));
    }

    public int getReaderTextStep() {
        return readerTextStep;
    }

    /** Turns the reminder emails on or off; only clients get them. */
    public void chooseEmailReminders(boolean wanted) {
        if (role != Role.CLIENT) {
            throw new IllegalStateException("only clients get reminder emails");
        }
        this.emailReminders = wanted;
    }

    public boolean isEmailReminders() {
        return emailReminders;
    }

    public void updateProfile(String displayName, String timeZone) {
        this.displayName = Objects.requireNonNull(displayName).strip();
        this.timeZone = validZone(timeZone);
    }

    public boolean isMfaEnabled() {
        return mfaSecret != null;
    }

    public void enableMfa(String secret, long firstUsedStep) {
        this.mfaSecret = Objects.requireNonNull(secret);
        this.mfaLastStep = firstUsedStep;
    }

    public void disableMfa() {
        this.mfaSecret = null;
        this.mfaLastStep = null;
    }

    /**
     * Records that the TOTP code of {@code step} was used; refuses it if that step or a later one was already used,
     * so that each code works once only.
     */
    public boolean useMfaStep(long step) {
        if (mfaLastStep != null && step <= mfaLastStep) {
            return false;
        }
        mfaLastStep = step;
        return true;
    }

    private static String validZone(String zone) {
        try {
            return ZoneId.of(zone).getId();
        } catch (DateTimeException | NullPointerException e) {
            throw new IllegalArgumentException("unknown time zone " + zone, e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
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

    public String getPreferredName() {
        return preferredName;
    }

    /** How to address the person: their preferred name when they gave one. */
    public String getAddressName() {
        return preferredName != null ? preferredName : displayName;
    }

    public String getPhone() {
        return phone;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public Role getRole() {
        return role;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public Account getClinician() {
        return clinician;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    String getMfaSecret() {
        return mfaSecret;
    }
}
