package app.securebase.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * Proof, handed to Jakarta Security, that {@link SignInService} has checked every factor of a sign-in. It is the
 * only credential the identity store accepts, so no path signs anyone in on the password alone when their account
 * needs a second factor.
 */
public record SignInTicketCredential(String ticket) implements Credential {
}
