package app.securebase.psychoed;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One published wording of a module. Immutable once written (no setters, no {@code @Version}): a changed source
 * becomes a new version, so the text a client read can always be shown again.
 */
@Entity
@Table(name = "psy_module_version")
@Cacheable // practice content, not clinical data: see persistence.xml
@NamedQuery(name = ModuleVersion.COUNT_BY_MODULE,
        query = "SELECT COUNT(v) FROM ModuleVersion v WHERE v.module = :module")
@NamedQuery(name = ModuleVersion.FIND_BY_MODULE,
        query = "SELECT v FROM ModuleVersion v WHERE v.module = :module ORDER BY v.versionNumber")
public class ModuleVersion implements ReadableModule, Serializable {

    private static final long serialVersionUID = 1L;

    public static final String COUNT_BY_MODULE = "ModuleVersion.countByModule";
    public static final String FIND_BY_MODULE = "ModuleVersion.findByModule";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "module_id", nullable = false)
    private PsyModule module;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Column(name = "reading_minutes", nullable = false)
    private int readingMinutes;

    @Column(name = "content_note", nullable = false, length = 1000)
    private String contentNote;

    @Lob
    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Lob
    @Column(name = "body_text", nullable = false)
    private String bodyText;

    @Column(name = "source_hash", nullable = false, length = 64)
    private String sourceHash;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "psy_module_topic", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "topic", length = 64)
    private Set<String> topics = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "psy_module_question", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", length = 1000)
    private List<String> questions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "psy_module_source", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<ModuleSource> sources = new ArrayList<>();

    protected ModuleVersion() {
    }

    /** The next version of {@code module}, from a parsed file whose body is already sanitised. */
    public ModuleVersion(PsyModule module, int versionNumber, ModuleFile file, Instant publishedAt) {
        this.module = module;
        this.versionNumber = versionNumber;
        this.revision = file.revision();
        this.title = file.title();
        this.summary = file.summary();
        this.readingMinutes = file.readingMinutes();
        this.contentNote = file.contentNote();
        this.bodyHtml = file.bodyHtml();
        this.bodyText = file.bodyText();
        this.sourceHash = file.sourceHash();
        this.publishedAt = publishedAt;
        this.topics.addAll(file.topics());
        this.sources.addAll(file.sources());
        this.questions.addAll(file.questions());
    }

    /** The next version of a clinician's own module, from its draft. */
    public ModuleVersion(PsyModule module, int versionNumber, ModuleDraft draft, Instant publishedAt) {
        this.module = module;
        this.versionNumber = versionNumber;
        this.revision = versionNumber;
        this.title = draft.getTitle();
        this.summary = draft.getSummary();
        this.readingMinutes = draft.getReadingMinutes();
        this.contentNote = draft.getContentNote();
        this.bodyHtml = draft.getBodyHtml();
        this.bodyText = ModuleFile.plainText(draft.getBodyHtml());
        this.sourceHash = draft.contentHash();
        this.publishedAt = publishedAt;
        this.topics.addAll(draft.getTopics());
        this.sources.addAll(draft.getSources());
        this.questions.addAll(draft.getQuestions());
    }

    public Long getId() {
        return id;
    }

    public PsyModule getModule() {
        return module;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public int getRevision() {
        return revision;
    }

    @Override
    public String getTitle() {
        return title;
    }

    @Override
    public String getSummary() {
        return summary;
    }

    @Override
    public int getReadingMinutes() {
        return readingMinutes;
    }

    @Override
    public String getContentNote() {
        return contentNote;
    }

    @Override
    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getSourceHash() {
        return sourceHash;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<String> getTopics() {
        return List.copyOf(topics);
    }

    @Override
    public List<ModuleSource> getSources() {
        return List.copyOf(sources);
    }

    @Override
    public List<String> getQuestions() {
        return List.copyOf(questions);
    }
}
