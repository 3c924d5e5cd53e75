package app.securebase.homework;

import app.securebase.psychoed.ModuleOrigin;
import app.securebase.psychoed.ModuleStatus;
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
 * An exercise template: the stable identity (its slug) that assignments point to. Its form lives in
 * {@link ExerciseVersion}s, which are never rewritten. Origin and status work as for psychoeducation modules.
 */
@Entity
@Table(name = "exercise_template")
@Cacheable // practice content, not clinical data: see persistence.xml
@NamedQuery(name = ExerciseTemplate.FIND_BY_SLUG, query = "SELECT t FROM ExerciseTemplate t WHERE t.slug = :slug")
public class ExerciseTemplate implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_SLUG = "ExerciseTemplate.findBySlug";

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
    private ExerciseVersion currentVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ExerciseTemplate() {
    }

    public static ExerciseTemplate builtIn(String slug, int position) {
        ExerciseTemplate template = new ExerciseTemplate();
        template.slug = slug;
        template.origin = ModuleOrigin.BUILT_IN;
        template.status = ModuleStatus.DRAFT;
        template.position = position;
        template.createdAt = Instant.now();
        return template;
    }

    /** A clinician's own exercise: a private draft until its owner publishes it. */
    public static ExerciseTemplate custom(Account owner, String slug) {
        ExerciseTemplate template = new ExerciseTemplate();
        template.slug = slug;
        template.origin = ModuleOrigin.CUSTOM;
        template.owner = owner;
        template.status = ModuleStatus.DRAFT;
        template.position = 1000;
        template.createdAt = Instant.now();
        return template;
    }

    public void archive() {
        if (status != ModuleStatus.PUBLISHED) {
            throw new IllegalStateException("only a published exercise can be archived, " + slug + " is " + status);
        }
        status = ModuleStatus.ARCHIVED;
    }

    public void restore() {
        if (status == ModuleStatus.ARCHIVED) {
            status = ModuleStatus.PUBLISHED;
        }
    }

    /** Makes {@code next} the version the library shows, and publishes the template. */
    public void publish(ExerciseVersion next) {
        if (next.getTemplate() != this) {
            throw new IllegalArgumentException("version belongs to another template");
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

    public ExerciseVersion getCurrentVersion() {
        return currentVersion;
    }
}
