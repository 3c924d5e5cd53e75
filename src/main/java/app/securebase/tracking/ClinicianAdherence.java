package app.securebase.tracking;

import app.securebase.security.AccountStatus;

/**
 * One clinician's line on the admin's practice overview: counts over their clients who are not archived, never a
 * client's name or anything a client wrote.
 *
 * @param month completion over the last 30 days, all clients together
 * @param keepingUp clients whose last 7 days reach {@link CompletionRules#KEEPING_UP_PERCENT}
 */
public record ClinicianAdherence(long clinicianId, String name, AccountStatus status, long clients,
                                 CompletionFigures month, long keepingUp, long clientsWithOverdue,
                                 long awaitingReview) {
}
