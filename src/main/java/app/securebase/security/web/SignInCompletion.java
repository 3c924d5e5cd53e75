package app.securebase.security.web;

import app.securebase.security.SessionAuthenticationMechanism;
import app.securebase.security.SessionRegistry;
import app.securebase.security.SignInResult;
import app.securebase.security.SignInTicketCredential;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.omnifaces.util.Faces;

/**
 * The last step of every sign-in, after {@code SignInService} has checked all factors: a fresh session id, Jakarta
 * Security's authentication with the ticket, and the session registered so that deactivation can end it.
 */
@RequestScoped
public class SignInCompletion {

    @Inject
    SecurityContext securityContext;

    @Inject
    SessionRegistry sessions;

    @Inject
    FacesContext facesContext;

    @Inject
    ExternalContext externalContext;

    /** @return false when Jakarta Security refused (the account changed in the meantime) */
    public boolean complete(SignInResult.SignedIn signedIn) throws IOException {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        HttpServletResponse response = (HttpServletResponse) externalContext.getResponse();
        Optional<String> askedFor = takeRequestAskedFor(request);
        if (request.getSession(false) != null) {
            // A session from before sign-in (it may hold the page asked for) must not keep an id someone else knew.
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new SignInTicketCredential(signedIn.ticket()))
                        // Not a "new" authentication: Soteria would keep a marker in the session after a failure
                        // that makes later requests to protected pages answer with an empty page.
                        .newAuthentication(false));
        if (status != AuthenticationStatus.SUCCESS && status != AuthenticationStatus.SEND_CONTINUE) {
            return false;
        }
        sessions.register(signedIn.accountId(), request.getSession());
        if (signedIn.mustEnrollSecondFactor()) {
            // The page they asked for can wait: staff without a second factor set one up first.
            Faces.redirect(request.getContextPath() + "/account/security.xhtml?required=true");
        } else if (status == AuthenticationStatus.SUCCESS) {
            Faces.redirect(askedFor.orElse(request.getContextPath() + "/"));
        }
        facesContext.responseComplete();
        return true;
    }

    /**
     * The page a signed-out visitor asked for before the login page ({@link SessionAuthenticationMechanism} keeps it),
     * taken out of the session: signing in ends in a plain redirect there, an ordinary request of a signed-in
     * session. Only a page inside this application is resumed.
     */
    static Optional<String> takeRequestAskedFor(HttpServletRequest request) {
        return SessionAuthenticationMechanism.takePageAskedFor(request)
                .flatMap(page -> localTarget(page, request.getContextPath()));
    }

    /** Path and query of {@code url} when it lies inside the application; never another host. */
    static Optional<String> localTarget(String url, String contextPath) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            return Optional.empty();
        }
        String path = uri.getRawPath();
        if (path == null || !path.startsWith(contextPath + "/") || path.contains("/../") || path.contains("//")) {
            return Optional.empty();
        }
        return Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
    }
}
