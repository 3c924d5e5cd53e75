package app.securebase.security;

/** Where an account is in its life; only {@link #ACTIVE} accounts with a password can sign in. */
public enum AccountStatus {
    /** Created by an admin or clinician; waits for its owner to set a password through the invitation link. */
    INVITED,
    ACTIVE,
    /** A staff account switched off by an admin; it can be reactivated. */
    DEACTIVATED,
    /** A client who left the caseload; the record stays, sign-in is blocked. */
    ARCHIVED
}
