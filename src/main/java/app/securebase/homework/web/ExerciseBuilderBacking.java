package app.securebase.homework.web;

import app.securebase.homework.ExerciseAuthoringService;
import app.securebase.homework.ExerciseDraft;
import app.securebase.homework.ExerciseVersion;
import app.securebase.homework.FieldDefinition;
import app.securebase.homework.FieldType;
import app.securebase.homework.HomeworkRefusedException;
import app.securebase.homework.TemplateContent;
import app.securebase.homework.TemplateRules;
import app.securebase.platform.web.Texts;
import app.securebase.practice.NotFoundException;
import app.securebase.psychoed.ModuleStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /clinician/exercise-builder.xhtml?id=…}: building one of my own exercises field by field. Without an id
 * the page starts a new exercise; its first save creates it and sends the browser to the page of the new id.
 * Fields are added, removed and moved with ajax; nothing is stored until "Save draft" or "Publish", and a refused
 * save keeps everything on screen with the reasons listed.
 */
@Named
@ViewScoped
public class ExerciseBuilderBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "builderForm:";

    @Inject
    transient ExerciseAuthoringService authoring;

    private String id;
    private Long templateId;
    private String title;
    private String summary;
    private String instructions;
    private int estimatedMinutes = 5;
    private List<FieldDraft> fields = new ArrayList<>();
    private FieldType newType = FieldType.SHORT_TEXT;
    private List<String> fieldProblems = List.of();

    private ModuleStatus status;
    private int publishedVersion;
    private Instant updatedAt;
    private boolean unpublishedChanges;

    public void load() throws IOException {
        if (id == null) {
            return;
        }
        templateId = id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
        if (templateId == null) {
            Faces.responseSendError(404, "no exercise");
            return;
        }
        try {
            show(authoring.draft(templateId));
        } catch (NotFoundException notMine) {
            templateId = null;
            Faces.responseSendError(404, "no exercise");
        }
    }

    public void addField() {
        fields.add(FieldDraft.of(newType));
    }

    public void remove(int index) {
        if (index >= 0 && index < fields.size()) {
            fields.remove(index);
        }
    }

    public void moveUp(int index) {
        if (index > 0 && index < fields.size()) {
            fields.add(index - 1, fields.remove(index));
        }
    }

    public void moveDown(int index) {
        if (index >= 0 && index < fields.size() - 1) {
            fields.add(index + 1, fields.remove(index));
        }
    }

    /** A field's type changed: fill in the new type's starting values, keep everything typed. */
    public void typeChanged(int index) {
        if (index >= 0 && index < fields.size()) {
            fields.get(index).defaults();
        }
    }

    public void save() throws IOException {
        boolean created = templateId == null;
        if (store()) {
            if (created) {
                Texts.flashInfo("homework.builder.saved");
                reopen();
            } else {
                Texts.info("homework.builder.saved");
            }
        }
    }

    /** Saves, then shows the draft as the client fills it in. */
    public void preview() throws IOException {
        if (store()) {
            Faces.redirect("clinician/exercise-try.xhtml?id=" + templateId + "&draft=true");
        }
    }

    public void publish() throws IOException {
        boolean created = templateId == null;
        if (store()) {
            int before = publishedVersion;
            try {
                ExerciseVersion version = authoring.publish(templateId);
                show(authoring.draft(templateId));
                String key = version.getVersionNumber() == before ? "homework.builder.publishedUnchanged"
                        : "homework.builder.published";
                if (created) {
                    Texts.flashInfo(key, version.getVersionNumber());
                } else {
                    Texts.info(key, version.getVersionNumber());
                }
            } catch (HomeworkRefusedException refused) {
                refused(refused.messageKeys());
            }
        }
        if (created && templateId != null) {
            reopen();
        }
    }

    public void archive() {
        authoring.archive(templateId);
        show(authoring.draft(templateId));
        Texts.info("homework.builder.archived");
    }

    public void restore() {
        authoring.restore(templateId);
        show(authoring.draft(templateId));
        Texts.info("homework.builder.restored");
    }

    private boolean store() {
        Set<String> keys = new HashSet<>();
        fields.stream().map(FieldDraft::getKey).filter(k -> k != null).forEach(keys::add);
        List<FieldDefinition> definitions = new ArrayList<>();
        for (FieldDraft field : fields) {
            keys.remove(field.getKey());
            definitions.add(field.toDefinition(keys));
        }
        fieldProblems = TemplateRules.check(definitions);
        TemplateContent content = new TemplateContent(title, summary, instructions, estimatedMinutes, definitions);
        try {
            if (templateId == null) {
                templateId = authoring.create(content);
                show(authoring.draft(templateId));
            } else {
                show(authoring.saveDraft(templateId, content));
            }
            return true;
        } catch (HomeworkRefusedException refused) {
            refused(refused.messageKeys());
            return false;
        }
    }

    private void refused(List<String> keys) {
        for (String key : keys) {
            String field = switch (key) {
                case "homework.builder.error.titleTooLong", "homework.builder.error.titleRequired" -> "title";
                case "homework.builder.error.summaryTooLong", "homework.builder.error.summaryRequired" -> "summary";
                case "homework.builder.error.instructionsTooLong", "homework.builder.error.instructionsRequired"
                        -> "instructions";
                case "homework.builder.error.minutes" -> "minutes";
                default -> null;
            };
            if (field == null) {
                Texts.error(key, TemplateRules.MAX_FIELDS);
            } else {
                Texts.error(FORM + field, key, TemplateContent.MINUTES_MAX);
            }
        }
        Texts.error("homework.builder.error.notDone");
    }

    private void reopen() throws IOException {
        Faces.getFlash().setKeepMessages(true);
        Faces.redirect("clinician/exercise-builder.xhtml?id=" + templateId);
    }

    private void show(ExerciseDraft draft) {
        TemplateContent content = draft.content();
        title = content.title();
        summary = content.summary();
        instructions = content.instructions();
        estimatedMinutes = content.estimatedMinutes();
        fields = new ArrayList<>(content.fields().stream().map(FieldDraft::of).toList());
        status = draft.getTemplate().getStatus();
        ExerciseVersion current = draft.getTemplate().getCurrentVersion();
        publishedVersion = current == null ? 0 : current.getVersionNumber();
        updatedAt = draft.getUpdatedAt();
        unpublishedChanges = ExerciseAuthoringService.hasUnpublishedChanges(draft);
    }

    public List<FieldType> getTypes() {
        return Arrays.asList(FieldType.values());
    }

    public boolean isNew() {
        return templateId == null;
    }

    public boolean isArchivable() {
        return status == ModuleStatus.PUBLISHED;
    }

    public boolean isRestorable() {
        return status == ModuleStatus.ARCHIVED;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public ModuleStatus getStatus() {
        return status;
    }

    public int getPublishedVersion() {
        return publishedVersion;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public boolean isUnpublishedChanges() {
        return unpublishedChanges;
    }

    public List<String> getFieldProblems() {
        return fieldProblems;
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

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    public int getEstimatedMinutes() {
        return estimatedMinutes;
    }

    public void setEstimatedMinutes(int estimatedMinutes) {
        this.estimatedMinutes = estimatedMinutes;
    }

    public List<FieldDraft> getFields() {
        return fields;
    }

    public FieldType getNewType() {
        return newType;
    }

    public void setNewType(FieldType newType) {
        this.newType = newType;
    }
}
