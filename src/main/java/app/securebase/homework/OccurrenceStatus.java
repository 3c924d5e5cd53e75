package app.securebase.homework;

/** Where one occurrence stands, as the status chips show it. Computed, never stored: see {@link ExerciseOccurrence#status}. */
public enum OccurrenceStatus {
    /** Its day has not come yet. */
    UPCOMING,
    /** Its day has come and its due time has not passed; nothing saved yet. */
    DUE,
    /** Its due time has passed and nothing was submitted. */
    OVERDUE,
    /** The client has saved a draft but not submitted it. */
    DRAFT,
    /** Submitted, waiting for the clinician. */
    SUBMITTED,
    /** Submitted and reviewed by the clinician. */
    REVIEWED,
    /** Cancelled by the clinician before it was submitted. */
    CANCELLED
}
