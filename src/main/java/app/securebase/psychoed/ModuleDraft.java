package app.securebase.psychoed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The working copy of a clinician's own module: what the editor saves, private to the module's owner. Publishing
 * copies it into a new, immutable {@link ModuleVersion}; the draft stays as the starting point of the next edit,
 * and {@link #contentHash()} tells whether it differs from what was last published.
 *
 * <p>The body is sanitised before it is set ({@link #edit}), never on the way out.
 */
@Entity
@Table(name = "psy_module_draft")
public class ModuleDraft implements ReadableModule, Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 2000;
    public static final int CONTENT_NOTE_MAX = 1000;
    public static final int BODY_MAX = 200_000;
    public static final int QUESTION_MAX = 1000;
    public static final int SOURCE_MAX = 500;
    public static final int MAX_QUESTIONS = ModuleFile.MAX_QUESTIONS;
    public static final int MAX_SOURCES = 20;
    public static final int WORDS_PER_MINUTE = 180;

    @Id
    @Column(name = "module_id")
    private Long id;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id")
    private PsyModule module;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary;

    @Column(name = "content_note", nullable = false, length = CONTENT_NOTE_MAX)
    private String contentNote;

    @Lob
    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    /** Topic tags, comma-separated, from the vocabulary of {@link ModuleTopics}. */
    @Column(nullable = false, length = 500)
    private String topics;

    /** One reflection question per line. */
    @Lob
    @Column(nullable = false)
    private String questions;

    /** One source (a free-text citation) per line. */
    @Lob
    @Column(nullable = false)
    private String sources;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "based_on_version_id")
    private ModuleVersion basedOn;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ModuleDraft() {
    }

    ModuleDraft(PsyModule module, ModuleVersion basedOn) {
        this.module = module;
        this.basedOn = basedOn;
        if (basedOn == null) {
            edit(new DraftContent("", "", "", "", List.of(), List.of(), List.of()));
        } else {
            edit(new DraftContent(basedOn.getTitle(), basedOn.getSummary(), basedOn.getContentNote(),
                    basedOn.getBodyHtml(), basedOn.getTopics(), basedOn.getQuestions(),
                    basedOn.getSources().stream().map(ModuleSource::citation).toList()));
        }
    }

    /** Replaces the draft's content; the body is sanitised here, so nothing unsafe is ever stored. */
    void edit(DraftContent content) {
        this.title = content.title().strip();
        this.summary = content.summary().strip();
        this.contentNote = content.contentNote().strip();
        this.bodyHtml = HtmlSanitizer.sanitize(content.bodyHtml());
        this.topics = String.join(",", content.topics());
        this.questions = String.join("\n", content.questions());
        this.sources = String.join("\n", content.sources());
        this.updatedAt = Instant.now();
    }

    public DraftContent content() {
        return new DraftContent(title, summary, contentNote, bodyHtml, getTopics(), getQuestions(), sourceLines());
    }

    /** A digest of everything a version copies, to tell a changed draft from the published version. */
    public String contentHash() {
        return ModuleFile.sha256(String.join("\u0000", "draft 1", title, summary, contentNote, bodyHtml, topics,
                questions, sources));
    }

    public Long getId() {
        return id;
    }

    public PsyModule getModule() {
        return module;
    }

    @Override
    public String getTitle() {
        return title;
    }

    @Override
    public String getSummary() {
        return summary;
    }

    /** Words of the body and questions at {@value #WORDS_PER_MINUTE} a minute, rounded, at least one minute. */
    @Override
    public int getReadingMinutes() {
        String words = ModuleFile.plainText(bodyHtml) + " " + questions;
        long count = Arrays.stream(words.strip().split("\\s+")).filter(w -> !w.isEmpty()).count();
        return (int) Math.max(1, Math.round(count / (double) WORDS_PER_MINUTE));
    }

    @Override
    public String getContentNote() {
        return contentNote;
    }

    @Override
    public String getBodyHtml() {
        return bodyHtml;
    }

    public List<String> getTopics() {
        return lines(topics, ",");
    }

    @Override
    public List<String> getQuestions() {
        return lines(questions, "\n");
    }

    @Override
    public List<ModuleSource> getSources() {
        return sourceLines().stream().map(line -> new ModuleSource(line, null, null, null, null, null)).toList();
    }

    private List<String> sourceLines() {
        return lines(sources, "\n");
    }

    public ModuleVersion getBasedOn() {
        return basedOn;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    private static List<String> lines(String joined, String separator) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
