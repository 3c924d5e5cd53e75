package app.securebase.tracking;

/** Which clients the dashboard lists. Every filter but {@link #ARCHIVED} leaves archived clients out. */
public enum DashboardFilter {
    /** Everyone on the caseload who is not archived. */
    ALL,
    /** Something due and not sent. */
    OVERDUE,
    /** Something sent that the clinician has not reviewed. */
    AWAITING_REVIEW,
    /** No activity for the chosen number of days (or never). */
    INACTIVE,
    /** Archived clients only. */
    ARCHIVED
}
