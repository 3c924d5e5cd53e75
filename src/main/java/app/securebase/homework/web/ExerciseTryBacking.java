package app.securebase.homework.web;

import app.securebase.homework.AnswerProblem;
import app.securebase.homework.AnswerValue;
import app.securebase.homework.EmotionVocabulary;
import app.securebase.homework.ExerciseAuthoringService;
import app.securebase.homework.ExerciseDraft;
import app.securebase.homework.ExerciseVersion;
import app.securebase.homework.FieldAnswer;
import app.securebase.homework.FieldDefinition;
import app.securebase.homework.HomeworkService;
import app.securebase.platform.web.Texts;
import app.securebase.practice.NotFoundException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /clinician/exercise-try.xhtml?id=…[&draft=true]}: an exercise exactly as the client fills it in (the
 * same field markup as {@code /client/entry.xhtml}), for a published exercise or for my own draft. The clinician can
 * type and check the answers against the same server rules as a client's submit; nothing is ever stored.
 */
@Named
@ViewScoped
public class ExerciseTryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient HomeworkService homework;

    @Inject
    transient ExerciseAuthoringService authoring;

    private String id;
    private boolean draft;
    private long templateId;
    private String title;
    private String instructionsHtml;
    private List<FieldDefinition> definitions;
    private List<EntryField> fields;
    private boolean checked;

    public void load() throws IOException {
        if (id == null || !id.matches("\\d{1,18}")) {
            Faces.responseSendError(404, "no exercise");
            return;
        }
        templateId = Long.parseLong(id);
        try {
            if (draft) {
                ExerciseDraft mine = authoring.draft(templateId);
                title = mine.getTitle();
                instructionsHtml = mine.instructionsHtml();
                definitions = mine.getFields();
            } else {
                ExerciseVersion version = homework.findPublished(templateId)
                        .orElseThrow(() -> new NotFoundException("exercise " + templateId));
                title = version.getTitle();
                instructionsHtml = version.getInstructionsHtml();
                definitions = version.getFields();
            }
        } catch (NotFoundException missing) {
            Faces.responseSendError(404, "no exercise");
            return;
        }
        EmotionVocabulary vocabulary = EmotionVocabulary.builtIn();
        fields = definitions.stream().map(d -> new EntryField(d, AnswerValue.EMPTY, vocabulary)).toList();
    }

    /** The inputs call this as the client's page saves; a preview keeps nothing. */
    public void autosave() {
        // Nothing is stored from a preview.
    }

    /** Runs the server's checks of a submit over what was typed, and shows each problem at its field. */
    public void check() {
        fields.forEach(EntryField::clearProblems);
        Map<String, AnswerValue> values = new LinkedHashMap<>();
        fields.forEach(f -> values.put(f.getKey(), f.value()));
        List<AnswerProblem> problems = FieldAnswer.checkAll(definitions, values);
        for (AnswerProblem problem : problems) {
            fields.stream().filter(f -> f.getKey().equals(problem.field())).findFirst()
                    .ifPresent(f -> f.addProblem(Texts.get(problem.messageKey(), problem.arguments().toArray())));
        }
        checked = true;
        if (problems.isEmpty()) {
            Texts.info("homework.try.fine");
        } else {
            Texts.error("homework.try.problems", problems.size());
        }
    }

    public String getTitle() {
        return title;
    }

    public String getInstructionsHtml() {
        return instructionsHtml;
    }

    public List<EntryField> getFields() {
        return fields;
    }

    public boolean isChecked() {
        return checked;
    }

    public long getTemplateId() {
        return templateId;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isDraft() {
        return draft;
    }

    public void setDraft(boolean draft) {
        this.draft = draft;
    }
}
