package app.securebase.homework;

import app.securebase.psychoed.ModuleSource;
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
import jakarta.persistence.Transient;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One published form of an exercise template. Immutable once written: a changed source becomes a new version, so an
 * entry is always shown with the fields it was written against.
 */
@Entity
@Table(name = "exercise_version")
@Cacheable // practice content, not clinical data: see persistence.xml
@NamedQuery(name = ExerciseVersion.COUNT_BY_TEMPLATE,
        query = "SELECT COUNT(v) FROM ExerciseVersion v WHERE v.template = :template")
public class ExerciseVersion implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String COUNT_BY_TEMPLATE = "ExerciseVersion.countByTemplate";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "template_id", nullable = false)
    private ExerciseTemplate template;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Column(name = "estimated_minutes", nullable = false)
    private int estimatedMinutes;

    @Lob
    @Column(name = "instructions_html", nullable = false)
    private String instructionsHtml;

    @Lob
    @Column(name = "why_html", nullable = false)
    private String whyHtml;

    @Lob
    @Column(name = "fields_json", nullable = false)
    private String fieldsJson;

    @Column(name = "clinician_prompt", nullable = false)
    private boolean clinicianPrompt;

    @Column(name = "source_hash", nullable = false, length = 64)
    private String sourceHash;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exercise_version_topic", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "topic", length = 64)
    private Set<String> topics = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "exercise_version_source", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<ModuleSource> sources = new ArrayList<>();

    @Transient
    private transient List<FieldDefinition> fields;

    protected ExerciseVersion() {
    }

    /** The next version of a built-in template, from its parsed file. */
    public ExerciseVersion(ExerciseTemplate template, int versionNumber, ExerciseFile file, Instant publishedAt) {
        this.template = template;
        this.versionNumber = versionNumber;
        this.revision = file.revision();
        this.title = file.title();
        this.summary = file.summary();
        this.estimatedMinutes = file.estimatedMinutes();
        this.instructionsHtml = file.instructionsHtml();
        this.whyHtml = file.whyItHelpsHtml();
        this.fieldsJson = HomeworkJson.writeFields(file.fields());
        this.clinicianPrompt = file.clinicianPrompt();
        this.sourceHash = file.sourceHash();
        this.publishedAt = publishedAt;
        this.topics.addAll(file.topics());
        this.sources.addAll(file.sources());
    }

    /** The next version of a clinician's own exercise, from its draft. */
    public ExerciseVersion(ExerciseTemplate template, int versionNumber, ExerciseDraft draft, Instant publishedAt) {
        this.template = template;
        this.versionNumber = versionNumber;
        this.revision = versionNumber;
        this.title = draft.getTitle();
        this.summary = draft.getSummary();
        this.estimatedMinutes = draft.getEstimatedMinutes();
        this.instructionsHtml = draft.instructionsHtml();
        this.whyHtml = "";
        this.fieldsJson = HomeworkJson.writeFields(draft.getFields());
        this.clinicianPrompt = false;
        this.sourceHash = draft.contentHash();
        this.publishedAt = publishedAt;
    }

    public Long getId() {
        return id;
    }

    public ExerciseTemplate getTemplate() {
        return template;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public int getEstimatedMinutes() {
        return estimatedMinutes;
    }

    /** Sanitised before it was stored; safe to output unescaped. */
    public String getInstructionsHtml() {
        return instructionsHtml;
    }

    /** Sanitised before it was stored; safe to output unescaped. */
    public String getWhyHtml() {
        return whyHtml;
    }

    public boolean isClinicianPrompt() {
        return clinicianPrompt;
    }

    public String getSourceHash() {
        return sourceHash;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    /** The typed fields of the form, parsed once per loaded version. */
    public List<FieldDefinition> getFields() {
        if (fields == null) {
            fields = HomeworkJson.readFields(fieldsJson);
        }
        return fields;
    }

    public FieldDefinition field(String key) {
        return getFields().stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
    }

    public List<String> getTopics() {
        return List.copyOf(topics);
    }

    public List<ModuleSource> getSources() {
        return List.copyOf(sources);
    }
}
