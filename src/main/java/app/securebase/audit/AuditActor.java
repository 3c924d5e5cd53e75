package app.securebase.audit;

import java.util.Locale;

/**
 * Who did it.
 *
 * <p>Most callers let {@link AuditService#record} find the signed-in caller. Sign-in itself happens before anyone is
 * signed in, so it names the actor explicitly: the account once it is known, or {@link #anonymous(String)} with the
 * name that was typed.
 *
 * @param accountId the account, or {@code null} when nobody (or no existing account) is behind the request
 * @param name      the account's email, the attempted sign-in name, or {@value #ANONYMOUS}
 * @param role      the account's role name ({@code ADMIN}, ...), or {@code null}
 */
public record AuditActor(Long accountId, String name, String role) {

    /** The name recorded when nobody is signed in and no sign-in name was given. */
    public static final String ANONYMOUS = "anonymous";

    /** Stores names as sign-in stores emails (trimmed, lower-case), so an exact-match filter finds every attempt. */
    public AuditActor {
        name = name == null || name.isBlank() ? ANONYMOUS : name.strip().toLowerCase(Locale.ROOT);
    }

    /** Someone not signed in; {@code attemptedName} is what they typed as sign-in name, if anything. */
    public static AuditActor anonymous(String attemptedName) {
        return new AuditActor(null, attemptedName, null);
    }
}
