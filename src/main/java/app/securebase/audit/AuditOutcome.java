package app.securebase.audit;

/** Whether the recorded action was allowed or refused; a refused attempt is as much a fact to keep as a success. */
public enum AuditOutcome {
    ALLOWED,
    DENIED
}
