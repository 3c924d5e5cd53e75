package app.securebase.psychoed.web;

import app.securebase.platform.web.Texts;
import app.securebase.practice.NotFoundException;
import app.securebase.psychoed.AuthoringService;
import app.securebase.psychoed.DraftContent;
import app.securebase.psychoed.DraftProblem;
import app.securebase.psychoed.InvalidDraftException;
import app.securebase.psychoed.ModuleDraft;
import app.securebase.psychoed.ModuleStatus;
import app.securebase.psychoed.ModuleTopics;
import app.securebase.psychoed.ModuleVersion;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /clinician/module-edit.xhtml?id=…}: writing one of my own modules. Without an id the page starts a new
 * module; its first save creates it and sends the browser to the page of the new id, so a reload or a bookmark finds
 * the draft again.
 *
 * <p>The page has no Faces validators: every rule lives in {@code DraftRules}, and a refused draft comes back as a list
 * of problems, each shown next to its field. The fields keep what was typed, and nothing is stored unless it is valid.
 * The body is sanitised by the service before it is stored, never trusted from the editor.
 */
@Named
@ViewScoped
public class ModuleEditorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "editForm:";

    /** What the editor lets an author apply: exactly what {@code HtmlSanitizer} keeps, so nothing vanishes on save. */
    private static final List<String> FORMATS = List.of("header", "bold", "italic", "list", "blockquote", "link");

    @Inject
    transient AuthoringService authoring;

    /** Kept as text so that a malformed id reaches {@link #load()} and is a 404, not a conversion message. */
    private String id;
    private Long moduleId;

    private String title;
    private String summary;
    private String contentNote;
    private String body;
    private List<String> topics = new ArrayList<>();
    private String questions;
    private String sources;

    private ModuleStatus status;
    private int publishedVersion;
    private Instant publishedAt;
    private Instant updatedAt;
    private boolean unpublishedChanges;
    private int readingMinutes;

    /** A module id from a URL: digits only, else {@code null}. */
    static Long parseId(String id) {
        return id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
    }

    public void load() throws IOException {
        if (id == null) {
            return;
        }
        moduleId = parseId(id);
        if (moduleId == null) {
            Faces.responseSendError(404, "no module");
            return;
        }
        try {
            show(authoring.draft(moduleId));
        } catch (NotFoundException notMine) {
            moduleId = null;
            Faces.responseSendError(404, "no module");
        }
    }

    public void save() throws IOException {
        boolean created = moduleId == null;
        if (store()) {
            if (created) {
                Texts.flashInfo("psychoed.edit.saved");
                reopen();
            } else {
                Texts.info("psychoed.edit.saved");
            }
        }
    }

    /** Saves, then shows the draft as clients will read it. */
    public void preview() throws IOException {
        if (store()) {
            Faces.redirect("clinician/draft-preview.xhtml?id=" + moduleId);
        }
    }

    /** Saves what is on screen, then publishes it; a refused draft stays saved, with its problems shown. */
    public void publish() throws IOException {
        boolean created = moduleId == null;
        if (store()) {
            int before = publishedVersion;
            try {
                ModuleVersion version = authoring.publish(moduleId);
                show(authoring.draft(moduleId));
                if (version.getVersionNumber() == before) {
                    Texts.info("psychoed.edit.publishedUnchanged", before);
                } else if (created) {
                    Texts.flashInfo("psychoed.edit.published", version.getVersionNumber());
                } else {
                    Texts.info("psychoed.edit.published", version.getVersionNumber());
                }
            } catch (InvalidDraftException invalid) {
                refused(invalid.problems(), "psychoed.edit.error.notPublished");
            }
        }
        if (created && moduleId != null) {
            reopen();
        }
    }

    public void archive() {
        authoring.archive(moduleId);
        show(authoring.draft(moduleId));
        Texts.info("psychoed.edit.archived");
    }

    public void restore() {
        authoring.restore(moduleId);
        show(authoring.draft(moduleId));
        Texts.info("psychoed.edit.restored");
    }

    /**
     * Stores the fields: creates the module on its first save. On a refused draft every problem becomes a message
     * next to its field, plus one summary at the top.
     */
    private boolean store() {
        DraftContent content = new DraftContent(title, summary, contentNote, body, topics, lines(questions),
                lines(sources));
        try {
            if (moduleId == null) {
                moduleId = authoring.create(content);
                show(authoring.draft(moduleId));
            } else {
                show(authoring.saveDraft(moduleId, content));
            }
            return true;
        } catch (InvalidDraftException invalid) {
            refused(invalid.problems(), "psychoed.edit.error.notSaved");
            return false;
        }
    }

    private void refused(List<DraftProblem> problems, String summaryKey) {
        Set<String> fields = new LinkedHashSet<>();
        for (DraftProblem problem : problems) {
            String clientId = FORM + problem.field();
            Texts.error(clientId, problem.messageKey(), problem.limit());
            UIComponent field = Components.findComponent(clientId);
            if (field instanceof UIInput input && !(field instanceof UISelectMany)) {
                // Marked invalid (aria-invalid, red border); an invalid field shows its submitted value, so it gets
                // the text as typed back, or PrimeFaces would draw it empty.
                input.setValid(false);
                Object typed = input.getValue();
                input.setSubmittedValue(typed == null ? "" : typed.toString());
            }
            fields.add(problem.field());
        }
        Texts.error(summaryKey, fields.size());
    }

    /** The page of the module just created, with this request's messages. */
    private void reopen() throws IOException {
        Faces.getFlash().setKeepMessages(true);
        Faces.redirect("clinician/module-edit.xhtml?id=" + moduleId);
    }

    private void show(ModuleDraft draft) {
        DraftContent content = draft.content();
        title = content.title();
        summary = content.summary();
        contentNote = content.contentNote();
        body = content.bodyHtml();
        topics = new ArrayList<>(content.topics());
        questions = String.join("\n", content.questions());
        sources = String.join("\n", content.sources());
        status = draft.getModule().getStatus();
        ModuleVersion current = draft.getModule().getCurrentVersion();
        publishedVersion = current == null ? 0 : current.getVersionNumber();
        publishedAt = current == null ? null : current.getPublishedAt();
        updatedAt = draft.getUpdatedAt();
        unpublishedChanges = AuthoringService.hasUnpublishedChanges(draft);
        readingMinutes = draft.getReadingMinutes();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\\R"));
    }

    public boolean isNew() {
        return moduleId == null;
    }

    public List<String> getFormats() {
        return FORMATS;
    }

    public List<String> getTopicChoices() {
        return ModuleTopics.ALL;
    }

    /**
     * Publishing an unchanged published module only says so; an archived one without changes is restored instead, as
     * publishing it again would copy its version.
     */
    public boolean isPublishable() {
        return status != ModuleStatus.ARCHIVED || unpublishedChanges;
    }

    public boolean isArchivable() {
        return status == ModuleStatus.PUBLISHED;
    }

    public boolean isRestorable() {
        return status == ModuleStatus.ARCHIVED;
    }

    public Long getModuleId() {
        return moduleId;
    }

    public ModuleStatus getStatus() {
        return status;
    }

    public int getPublishedVersion() {
        return publishedVersion;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public boolean isUnpublishedChanges() {
        return unpublishedChanges;
    }

    public int getReadingMinutes() {
        return readingMinutes;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getContentNote() {
        return contentNote;
    }

    public void setContentNote(String contentNote) {
        this.contentNote = contentNote;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public List<String> getTopics() {
        return topics;
    }

    public void setTopics(List<String> topics) {
        this.topics = topics == null ? new ArrayList<>() : new ArrayList<>(topics);
    }

    public String getQuestions() {
        return questions;
    }

    public void setQuestions(String questions) {
        this.questions = questions;
    }

    public String getSources() {
        return sources;
    }

    public void setSources(String sources) {
        this.sources = sources;
    }
}
