package app.securebase.notes;

import java.time.Instant;

/**
 * What a signature attempt decided. A wrong password is an answer, not an exception, so that the failure it counts
 * towards the sign-in lockout is committed with the audit row.
 */
public sealed interface SignResult {

    /** Signed: the time (UTC) and the SHA-256 of the signed text. */
    record Signed(Instant signedAt, String sha256) implements SignResult {
    }

    /** The password was not the clinician's; nothing was signed. */
    record WrongPassword() implements SignResult {
    }

    /** Too many wrong passwords (the sign-in lockout): no check is made until {@code until}. */
    record Locked(Instant until) implements SignResult {
    }
}
