package app.securebase.audit;

/**
 * What an audit event records. The constant's name is what the {@code action} column stores and what the row's hash
 * covers, so a constant is never renamed or removed once released: old rows must still verify and display.
 */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT,
    LOCKED_OUT,
    PASSWORD_CHANGED,
    PASSWORD_RESET_ISSUED,
    PASSWORD_RESET_USED,
    MFA_ENABLED,
    MFA_DISABLED,
    MFA_RECOVERY_CODE_USED,
    ACCOUNT_INVITED,
    ACCOUNT_ACTIVATED,
    ACCOUNT_DEACTIVATED,
    ACCOUNT_REACTIVATED,
    ACCOUNT_UPDATED,
    INVITATION_RESENT,
    INVITATION_REVOKED,
    CLIENT_ADDED,
    CLIENT_ARCHIVED,
    CLIENT_TRANSFERRED,
    CLIENT_RECORD_VIEWED,
    SETTINGS_CHANGED,
    ACCESS_DENIED,
    AUDIT_LOG_VIEWED,
    AUDIT_CHAIN_VERIFIED,
    MODULE_PUBLISHED,
    MODULE_ARCHIVED,
    MODULE_RESTORED,
    MODULE_ASSIGNED,
    MODULE_ASSIGNMENT_WITHDRAWN,
    CLIENT_READING_VIEWED
}
