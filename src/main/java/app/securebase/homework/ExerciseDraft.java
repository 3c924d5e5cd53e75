package app.securebase.homework;

import app.securebase.psychoed.HtmlSanitizer;
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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The working copy of a clinician's own exercise, private to its owner; publishing copies it into a new, immutable
 * {@link ExerciseVersion}. The instructions are kept as the clinician typed them (plain text) and rendered to
 * sanitised paragraphs for the version.
 */
@Entity
@Table(name = "exercise_draft")
public class ExerciseDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "template_id")
    private Long id;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    private ExerciseTemplate template;

    @Column(nullable = false, length = TemplateContent.TITLE_MAX)
    private String title;

    @Column(nullable = false, length = TemplateContent.SUMMARY_MAX)
    private String summary;

    /** Plain text as typed; see {@link #instructionsHtml()}. */
    @Lob
    @Column(name = "instructions_html", nullable = false)
    private String instructions;

    @Column(name = "estimated_minutes", nullable = false)
    private int estimatedMinutes;

    @Lob
    @Column(name = "fields_json", nullable = false)
    private String fieldsJson;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "based_on_version_id")
    private ExerciseVersion basedOn;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ExerciseDraft() {
    }

    ExerciseDraft(ExerciseTemplate template, ExerciseVersion basedOn, TemplateContent content) {
        this.template = template;
        this.basedOn = basedOn;
        edit(content);
    }

    void edit(TemplateContent content) {
        this.title = content.title();
        this.summary = content.summary();
        this.instructions = content.instructions();
        this.estimatedMinutes = content.estimatedMinutes();
        this.fieldsJson = HomeworkJson.writeFields(content.fields());
        this.updatedAt = Instant.now();
    }

    public TemplateContent content() {
        return new TemplateContent(title, summary, instructions, estimatedMinutes, HomeworkJson.readFields(fieldsJson));
    }

    /** The instructions as sanitised HTML: each block of text separated by a blank line is a paragraph. */
    public String instructionsHtml() {
        return paragraphs(instructions);
    }

    static String paragraphs(String text) {
        return HtmlSanitizer.sanitize(Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip)
                .filter(p -> !p.isEmpty())
                .map(p -> "<p>" + escape(p).replace("\n", "<br>") + "</p>").collect(Collectors.joining()));
    }

    /** A digest of what a version copies, to tell a changed draft from the published version. */
    public String contentHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join("\u0000", "exercise draft 1",
                    title, summary, instructions, String.valueOf(estimatedMinutes), fieldsJson)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public Long getId() {
        return id;
    }

    public ExerciseTemplate getTemplate() {
        return template;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getInstructions() {
        return instructions;
    }

    public int getEstimatedMinutes() {
        return estimatedMinutes;
    }

    public List<FieldDefinition> getFields() {
        return HomeworkJson.readFields(fieldsJson);
    }

    public ExerciseVersion getBasedOn() {
        return basedOn;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
