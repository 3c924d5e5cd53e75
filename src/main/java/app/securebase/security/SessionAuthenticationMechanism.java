package app.securebase.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * How a request becomes the signed-in user's: sign-in hands a {@link SignInTicketCredential} to Jakarta Security
 * ({@code SignInCompletion}), the identity store redeems it, and the caller's name and group are kept in the HTTP
 * session; every later request of that session is announced to the container with that name and group. A signed-out
 * visitor asking for a protected page is sent to {@code /login.xhtml}, and the page (a GET) is remembered so that
 * signing in ends there ({@link #takePageAskedFor}).
 *
 * <p>Why not the built-in form mechanism with {@code @AutoApplySession}: that re-announces only the caller principal
 * and leaves Payara to find the groups again, and under concurrent load Payara 6 sometimes finds none (Payara issue
 * #6145). The load test saw about 3 % of signed-in requests refused with 403 — a client's own Today page answered
 * "not found". Announcing the groups explicitly on each request leaves nothing to look up.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The session attribute holding who signed in; gone with the session (sign-out, timeout, deactivation). */
    static final String CALLER = SessionAuthenticationMechanism.class.getName() + ".caller";

    /** The session attribute holding the path and query a signed-out visitor asked for. */
    static final String ASKED_FOR = SessionAuthenticationMechanism.class.getName() + ".askedFor";

    static final String LOGIN_PAGE = "/login.xhtml";

    /** Who signed in to a session: the account's email and its one role. */
    record SignedIn(String name, Set<String> groups) implements Serializable {
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return context.responseUnauthorized();
            }
            SignedIn caller = new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()));
            request.getSession().setAttribute(CALLER, caller);
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof SignedIn caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession().setAttribute(ASKED_FOR, request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    /** The page (path and query) a signed-out visitor asked for before signing in, taken out of the session. */
    public static Optional<String> takePageAskedFor(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object asked = session == null ? null : session.getAttribute(ASKED_FOR);
        if (session != null) {
            session.removeAttribute(ASKED_FOR);
        }
        return asked instanceof String page ? Optional.of(page) : Optional.empty();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
    }
}
