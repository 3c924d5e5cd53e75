package app.securebase.homework.web;

import app.securebase.homework.AnswerValue;
import app.securebase.homework.EmotionVocabulary;
import app.securebase.homework.ExerciseOccurrence;
import app.securebase.homework.ExerciseVersion;
import app.securebase.homework.FieldDefinition;
import app.securebase.homework.HomeworkJson;
import app.securebase.homework.HomeworkRefusedException;
import app.securebase.homework.HomeworkService;
import app.securebase.homework.OccurrenceStatus;
import app.securebase.platform.web.Texts;
import app.securebase.practice.NotFoundException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /clinician/entry.xhtml?o=…}: one occurrence of my client's homework. A submitted entry is shown field by
 * field against the version it was written for, with the client's comment, my feedback (which the client sees) and
 * "mark reviewed". An occurrence not submitted yet shows its status only: a draft is the client's private work in
 * progress. Another clinician's occurrence, or an id that is no occurrence, is a 404.
 */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FEEDBACK_FIELD = "reviewForm:feedback";
    private static final String NOT_SUBMITTED = "homework.review.error.notSubmitted";

    @Inject
    transient HomeworkService homework;

    @Inject
    UnreviewedBadge unreviewed;

    /** Kept as text so that a malformed id reaches {@link #load()} and is a 404, not a conversion message. */
    private String o;
    private long occurrenceId;
    private ExerciseOccurrence occurrence;
    private OccurrenceStatus status;
    private List<Answer> answers = List.of();
    private String feedback;

    /** One field of the entry: its label and the client's answer, as lines. */
    public record Answer(String key, String label, List<String> lines, boolean list, boolean blank) {
    }

    public void load() throws IOException {
        if (o == null || !o.matches("\\d{1,18}")) {
            Faces.responseSendError(404, "no occurrence");
            return;
        }
        occurrenceId = Long.parseLong(o);
        try {
            read();
            feedback = occurrence.getFeedback();
        } catch (NotFoundException notMine) {
            occurrence = null;
            Faces.responseSendError(404, "no occurrence");
        }
    }

    private void read() {
        occurrence = homework.view(occurrenceId);
        status = occurrence.status(Instant.now());
        if (occurrence.getSubmittedAt() == null) {
            answers = List.of();
            return;
        }
        ExerciseVersion version = occurrence.getAssignment().getExerciseVersion();
        Map<String, AnswerValue> entry = HomeworkJson.readEntry(occurrence.getEntryJson());
        EmotionVocabulary vocabulary = EmotionVocabulary.builtIn();
        answers = version.getFields().stream().map(field -> answer(field, entry.get(field.key()), vocabulary))
                .toList();
    }

    private static Answer answer(FieldDefinition field, AnswerValue value, EmotionVocabulary vocabulary) {
        boolean empty = value == null || value.isEmpty();
        return new Answer(field.key(), field.label(), AnswerText.lines(field, value, vocabulary),
                !empty && AnswerText.isList(field), empty);
    }

    public void saveFeedback() {
        try {
            homework.feedback(occurrenceId, feedback);
            Texts.info("homework.review.feedbackSaved");
            read();
        } catch (HomeworkRefusedException refused) {
            refused.messageKeys().forEach(key -> Texts.error(FEEDBACK_FIELD, key));
            Faces.validationFailed();
        }
    }

    /** Marks the entry reviewed; feedback typed but not saved yet is saved with it, so nothing typed is lost. */
    public void markReviewed() {
        try {
            if (feedback != null && !feedback.isBlank()
                    && !feedback.strip().equals(occurrence.getFeedback() == null ? "" : occurrence.getFeedback())) {
                homework.feedback(occurrenceId, feedback);
            }
            homework.markReviewed(occurrenceId);
            unreviewed.refresh();
            Texts.info("homework.review.marked");
            read();
        } catch (HomeworkRefusedException refused) {
            refused.messageKeys().forEach(key -> Texts.error(key.equals(NOT_SUBMITTED) ? null : FEEDBACK_FIELD, key));
            Faces.validationFailed();
        }
    }

    public boolean isSubmitted() {
        return occurrence != null && occurrence.getSubmittedAt() != null;
    }

    public boolean isReviewed() {
        return occurrence != null && occurrence.getReviewedAt() != null;
    }

    public ExerciseOccurrence getOccurrence() {
        return occurrence;
    }

    public String getStatusName() {
        return status == null ? null : status.name();
    }

    public List<Answer> getAnswers() {
        return answers;
    }

    public int getFeedbackMax() {
        return ExerciseOccurrence.FEEDBACK_MAX;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }

    public String getO() {
        return o;
    }

    public void setO(String o) {
        this.o = o;
    }
}
