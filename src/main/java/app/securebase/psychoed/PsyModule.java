package app.securebase.psychoed;

import app.securebase.security.Account;
import jakarta.persistence.Cacheable;
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
import java.io.Serializable;
import java.time.Instant;

/**
 * A psychoeducation module: the stable identity (its slug) that assignments point to. Its wording lives in
 * {@link ModuleVersion}s, which are never rewritten; {@link #getCurrentVersion()} is the one the library shows.
 */
@Entity
@Table(name = "psy_module")
@Cacheable // practice content, not clinical data: see persistence.xml
@NamedQuery(name = PsyModule.FIND_BY_SLUG, query = "SELECT m FROM PsyModule m WHERE m.slug = :slug")
public class PsyModule implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_SLUG = "PsyModule.findBySlug";

    /** Clinicians' own modules list after the built-ins. */
    static final int CUSTOM_POSITION = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ModuleOrigin origin;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private Account owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ModuleStatus status;

    @Column(nullable = false)
    private int position;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_version_id")
    private ModuleVersion currentVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected PsyModule() {
    }

    /** A module shipped with SecureBase; published as soon as its first version exists. */
    public static PsyModule builtIn(String slug, int position) {
        PsyModule module = new PsyModule();
        module.slug = slug;
        module.origin = ModuleOrigin.BUILT_IN;
        module.status = ModuleStatus.DRAFT;
        module.position = position;
        module.createdAt = Instant.now();
        return module;
    }

    /** A clinician's own module: a private draft until its owner publishes it. */
    public static PsyModule custom(Account owner, String slug) {
        PsyModule module = new PsyModule();
        module.slug = slug;
        module.origin = ModuleOrigin.CUSTOM;
        module.owner = owner;
        module.status = ModuleStatus.DRAFT;
        module.position = CUSTOM_POSITION;
        module.createdAt = Instant.now();
        return module;
    }

    /** Out of the library and no longer assignable; clients who were assigned it can still read it. */
    public void archive() {
        if (status != ModuleStatus.PUBLISHED) {
            throw new IllegalStateException("only a published module can be archived, " + slug + " is " + status);
        }
        status = ModuleStatus.ARCHIVED;
    }

    /** Back into the library, at the version it had. */
    public void restore() {
        if (status != ModuleStatus.ARCHIVED) {
            throw new IllegalStateException("only an archived module can be restored, " + slug + " is " + status);
        }
        status = ModuleStatus.PUBLISHED;
    }

    public boolean isOwnedBy(Account account) {
        return owner != null && account != null && owner.getId().equals(account.getId());
    }

    /** Makes {@code next} the version the library shows, and publishes the module. */
    public void publish(ModuleVersion next) {
        if (next.getModule() != this) {
            throw new IllegalArgumentException("version belongs to another module");
        }
        this.currentVersion = next;
        this.status = ModuleStatus.PUBLISHED;
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public ModuleOrigin getOrigin() {
        return origin;
    }

    public Account getOwner() {
        return owner;
    }

    public ModuleStatus getStatus() {
        return status;
    }

    public int getPosition() {
        return position;
    }

    public ModuleVersion getCurrentVersion() {
        return currentVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
