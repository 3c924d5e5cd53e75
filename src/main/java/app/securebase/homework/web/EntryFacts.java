package app.securebase.homework.web;

import app.securebase.homework.EntryView;
import app.securebase.homework.ExerciseAssignment;
import app.securebase.homework.ExerciseOccurrence;
import app.securebase.homework.ExerciseVersion;
import java.io.Serializable;
import java.time.Instant;

/**
 * What {@code /client/entry.xhtml} shows of an occurrence, its assignment and its exercise, copied out of the entities
 * when the page loads them. The view-scoped {@link EntryBacking} keeps this instead of the entities: an entity would
 * also keep, through EclipseLink's lazy-loading value holders, the unit of work that read it, and with it everything
 * that request read, for as long as the session holds the page.
 */
public final class EntryFacts implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String title;
    private final String instructionsHtml;
    private final String whyHtml;
    private final String instructions;
    private final String prompt;
    private final String clinicianName;
    private final Instant dueAt;
    private final Instant submittedAt;
    private final Instant cancelledAt;
    private final Instant draftSavedAt;
    private final String feedback;
    private final Instant feedbackAt;
    private final String clientComment;
    private final Instant clientCommentAt;

    private EntryFacts(ExerciseOccurrence occurrence, ExerciseVersion exercise) {
        ExerciseAssignment assignment = occurrence.getAssignment();
        title = exercise.getTitle();
        instructionsHtml = exercise.getInstructionsHtml();
        whyHtml = exercise.getWhyHtml();
        instructions = assignment.getInstructions();
        prompt = assignment.getPrompt();
        clinicianName = assignment.getAssignedBy().getDisplayName();
        dueAt = occurrence.getDueAt();
        submittedAt = occurrence.getSubmittedAt();
        cancelledAt = occurrence.getCancelledAt();
        draftSavedAt = occurrence.getDraftSavedAt();
        feedback = occurrence.getFeedback();
        feedbackAt = occurrence.getFeedbackAt();
        clientComment = occurrence.getClientComment();
        clientCommentAt = occurrence.getClientCommentAt();
    }

    static EntryFacts of(EntryView view) {
        return new EntryFacts(view.occurrence(), view.exercise());
    }

    public String getTitle() {
        return title;
    }

    /** Sanitised when the exercise was loaded ({@code ExerciseFile}). */
    public String getInstructionsHtml() {
        return instructionsHtml;
    }

    public String getWhyHtml() {
        return whyHtml;
    }

    /** The clinician's own words for this client, if any. */
    public String getInstructions() {
        return instructions;
    }

    public String getPrompt() {
        return prompt;
    }

    /** The clinician who assigned it, for "A note from …". */
    public String getClinicianName() {
        return clinicianName;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Instant getDraftSavedAt() {
        return draftSavedAt;
    }

    public String getFeedback() {
        return feedback;
    }

    public Instant getFeedbackAt() {
        return feedbackAt;
    }

    public String getClientComment() {
        return clientComment;
    }

    public Instant getClientCommentAt() {
        return clientCommentAt;
    }
}
