package app.securebase.security;

import java.time.Instant;

/** What one sign-in step decided. */
public sealed interface SignInResult {

    /** Every factor checked: hand the ticket to Jakarta Security. */
    record SignedIn(String ticket, long accountId, boolean mustEnrollSecondFactor) implements SignInResult {
    }

    /** The password was right; the account also needs its authenticator code (or a recovery code). */
    record NeedsSecondFactor(long accountId) implements SignInResult {
    }

    /** Wrong credentials, unknown name or an account that cannot sign in: one answer for all of them. */
    record Refused() implements SignInResult {
    }

    /** Too many failures: no check is made until {@code until}. */
    record Locked(Instant until) implements SignInResult {
    }
}
