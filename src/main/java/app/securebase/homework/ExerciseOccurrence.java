package app.securebase.homework;

import app.securebase.security.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One time an assigned exercise is due, and the client's work on it: a draft saved as they type (with a revision
 * that every save must name, see {@link #saveDraft}), then the submitted entry, the client's follow-up comment and
 * the clinician's feedback and review. A submitted entry is never changed.
 */
@Entity
@Table(name = "exercise_occurrence")
public class ExerciseOccurrence implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int COMMENT_MAX = 2000;
    public static final int FEEDBACK_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false)
    private ExerciseAssignment assignment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", nullable = false)
    private Account client;

    @Column(name = "due_day", nullable = false)
    private LocalDate dueDay;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "available_from", nullable = false)
    private Instant availableFrom;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Lob
    @Column(name = "draft_json")
    private String draftJson;

    @Column(nullable = false)
    private int revision;

    @Column(name = "draft_saved_at")
    private Instant draftSavedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Lob
    @Column(name = "entry_json")
    private String entryJson;

    @Column(name = "client_comment", length = COMMENT_MAX)
    private String clientComment;

    @Column(name = "client_comment_at")
    private Instant clientCommentAt;

    @Column(length = FEEDBACK_MAX)
    private String feedback;

    @Column(name = "feedback_at")
    private Instant feedbackAt;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reviewed_by_id")
    private Account reviewedBy;

    @Version
    private long version;

    protected ExerciseOccurrence() {
    }

    public ExerciseOccurrence(ExerciseAssignment assignment, PlannedOccurrence planned) {
        this.assignment = assignment;
        this.client = assignment.getClient();
        this.dueDay = planned.day();
        this.dueAt = planned.dueAt();
        this.availableFrom = planned.availableFrom();
    }

    /** An occurrence on its own, for unit tests of the rules below. */
    ExerciseOccurrence(LocalDate dueDay, Instant availableFrom, Instant dueAt) {
        this.dueDay = dueDay;
        this.availableFrom = availableFrom;
        this.dueAt = dueAt;
    }

    /** The status at {@code now}. */
    public OccurrenceStatus status(Instant now) {
        if (submittedAt != null) {
            return reviewedAt != null ? OccurrenceStatus.REVIEWED : OccurrenceStatus.SUBMITTED;
        }
        if (cancelledAt != null) {
            return OccurrenceStatus.CANCELLED;
        }
        if (draftSavedAt != null) {
            return OccurrenceStatus.DRAFT;
        }
        if (now.isBefore(availableFrom)) {
            return OccurrenceStatus.UPCOMING;
        }
        return now.isBefore(dueAt) ? OccurrenceStatus.DUE : OccurrenceStatus.OVERDUE;
    }

    /**
     * Saves the draft if {@code baseRevision} is the revision the caller last saw. A retry of the save that made the
     * current revision (same base, same text) changes nothing and succeeds; anything else that does not start from
     * the current revision is a conflict: another tab or device saved in between.
     *
     * @return the revision now stored
     * @throws DraftConflictException when the draft changed since {@code baseRevision}
     */
    int saveDraft(int baseRevision, String json, Instant now) {
        if (submittedAt != null || cancelledAt != null) {
            throw new IllegalStateException("occurrence " + id + " can no longer be edited");
        }
        if (baseRevision == revision) {
            if (json.equals(draftJson)) {
                return revision;
            }
            draftJson = json;
            draftSavedAt = now;
            revision++;
            return revision;
        }
        if (baseRevision == revision - 1 && json.equals(draftJson)) {
            return revision;
        }
        throw new DraftConflictException(revision, draftSavedAt);
    }

    void submit(String json, Instant now) {
        if (submittedAt != null || cancelledAt != null) {
            throw new IllegalStateException("occurrence " + id + " can no longer be submitted");
        }
        entryJson = json;
        draftJson = json;
        submittedAt = now;
        revision++;
    }

    /** Moves an occurrence that is still ahead to another day and time; nothing the client wrote changes. */
    void reschedule(PlannedOccurrence moved) {
        if (submittedAt != null || cancelledAt != null) {
            throw new IllegalStateException("occurrence " + id + " can no longer be moved");
        }
        dueDay = moved.day();
        dueAt = moved.dueAt();
        availableFrom = moved.availableFrom();
    }

    void cancel(Instant now) {
        if (submittedAt == null && cancelledAt == null) {
            cancelledAt = now;
        }
    }

    void comment(String text, Instant now) {
        clientComment = text;
        clientCommentAt = now;
    }

    void feedback(String text, Instant now) {
        feedback = text;
        feedbackAt = now;
    }

    void markReviewed(Account clinician, Instant now) {
        if (submittedAt == null) {
            throw new IllegalStateException("occurrence " + id + " has not been submitted");
        }
        if (reviewedAt == null) {
            reviewedAt = now;
            reviewedBy = clinician;
        }
    }

    public Long getId() {
        return id;
    }

    public ExerciseAssignment getAssignment() {
        return assignment;
    }

    public Account getClient() {
        return client;
    }

    public LocalDate getDueDay() {
        return dueDay;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getAvailableFrom() {
        return availableFrom;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getDraftJson() {
        return draftJson;
    }

    public int getRevision() {
        return revision;
    }

    public Instant getDraftSavedAt() {
        return draftSavedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getEntryJson() {
        return entryJson;
    }

    public boolean isLate() {
        return submittedAt != null && submittedAt.isAfter(dueAt);
    }

    public String getClientComment() {
        return clientComment;
    }

    public Instant getClientCommentAt() {
        return clientCommentAt;
    }

    public String getFeedback() {
        return feedback;
    }

    public Instant getFeedbackAt() {
        return feedbackAt;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}
