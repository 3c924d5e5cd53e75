package app.securebase.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sign-in is a Faces page ({@code /login.xhtml}) that hands the credentials to Jakarta Security itself, so the page
 * can give its own messages while the container keeps the protocol: unauthenticated requests to a protected folder
 * are redirected to the login page and continue where they were going after a successful sign-in. The mechanism is
 * {@link SessionAuthenticationMechanism}.
 */
@DeclareRoles({Role.ADMIN_NAME, Role.CLINICIAN_NAME, Role.CLIENT_NAME})
@ApplicationScoped
public class SecurityConfiguration {
}
