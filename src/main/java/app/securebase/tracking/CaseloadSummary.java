package app.securebase.tracking;

/**
 * The dashboard's headline, over all clients who are not archived.
 *
 * @param keepingUp clients whose last 7 days reach {@link CompletionRules#KEEPING_UP_PERCENT}
 * @param withOverdue clients with at least one overdue occurrence
 * @param awaitingReview submissions not reviewed yet, all clients together
 * @param inactive clients without activity for {@link CompletionRules#DEFAULT_INACTIVE_DAYS} days
 */
public record CaseloadSummary(long clients, long keepingUp, long withOverdue, long awaitingReview, long inactive) {
}
