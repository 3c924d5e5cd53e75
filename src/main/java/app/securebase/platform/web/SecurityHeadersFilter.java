package app.securebase.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Puts the browser-side protections on every response of the application: Faces pages, Faces resources, redirects
 * and error pages alike.
 *
 * <p>Faces pages get their Content-Security-Policy from PrimeFaces, because only PrimeFaces knows the nonce it gives
 * its scripts ({@code primefaces.CSP_POLICY} in web.xml). Every other response (a redirect, a resource, a page the
 * container answers itself) gets {@link #BASE_POLICY} from here. A Faces page must not end up with two headers: the
 * browser would enforce both, and any later edit that let them disagree would block scripts in confusing ways. So
 * PrimeFaces' header replaces ours, and any directive of {@link #BASE_POLICY} it lacks is added to it: one header,
 * never weaker than the base.
 *
 * <p>The headers are set again when someone resets the response (OmniFaces does so before it renders an error page
 * for an ajax request) and on the error dispatch, which the container starts with the response it was given.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    /**
     * What every response forbids: plugins, a {@code <base>} that would re-point relative script URLs, being framed
     * (clickjacking), and forms that post anywhere but here. Faces pages add their nonce-based {@code script-src}.
     */
    public static final String BASE_POLICY = "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /** One year, also for sub-domains: the practice's hostname is only ever meant to be reached over HTTPS. */
    public static final String HSTS = "max-age=31536000; includeSubDomains";

    static final String CSP = "Content-Security-Policy";

    /** Faces resources (scripts, styles, fonts) carry no personal data; they stay cacheable for speed. */
    private static final String RESOURCES = "/jakarta.faces.resource/";

    /** Folders whose pages are always personal, whoever asks (a 404 there still says the folder exists). */
    private static final List<String> PRIVATE_FOLDERS = List.of("/admin/", "/clinician/", "/client/", "/account/");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecuredResponse secured = new SecuredResponse(response, request);
        secured.applyHeaders();
        chain.doFilter(request, secured);
    }

    /** Keeps the headers through {@code reset()} and merges any later Content-Security-Policy into one. */
    private static final class SecuredResponse extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        SecuredResponse(HttpServletResponse response, HttpServletRequest request) {
            super(response);
            this.request = request;
        }

        void applyHeaders() {
            HttpServletResponse response = (HttpServletResponse) getResponse();
            response.setHeader(CSP, BASE_POLICY);
            // Browsers must not guess a type: an uploaded text file must never run as a script or page.
            response.setHeader("X-Content-Type-Options", "nosniff");
            // Full referrer inside SecureBase, none to other sites: even the practice's hostname tells another
            // site that the visitor is in therapy there, and our URLs may name clients or records.
            response.setHeader("Referrer-Policy", "same-origin");
            // For browsers without frame-ancestors; DENY matches frame-ancestors 'none'. Payara adds SAMEORIGIN
            // only to responses that have no X-Frame-Options yet, so ours wins on everything the app answers.
            response.setHeader("X-Frame-Options", "DENY");
            // isSecure() is true over HTTPS, and behind the TLS proxy once Payara maps X-Forwarded-Proto (see
            // config/pre-boot-commands.asadmin). Over plain HTTP the header would be ignored anyway (RFC 6797).
            if (request.isSecure()) {
                response.setHeader("Strict-Transport-Security", HSTS);
            }
            if (isPersonal()) {
                // Nothing a signed-in user sees may stay in the browser's cache or a shared proxy for the next
                // person at the same computer to find with the back button.
                response.setHeader("Cache-Control", "no-store");
            }
        }

        private boolean isPersonal() {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.startsWith(RESOURCES)) {
                return false;
            }
            return request.getUserPrincipal() != null || PRIVATE_FOLDERS.stream().anyMatch(path::startsWith);
        }

        @Override
        public void reset() {
            super.reset();
            applyHeaders();
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, CSP.equalsIgnoreCase(name) ? withBase(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, withBase(value));
            } else {
                super.addHeader(name, value);
            }
        }
    }

    /**
     * The given policy with every directive of {@link #BASE_POLICY} it does not set itself appended. A directive the
     * policy sets is left alone, so a page that needs a stricter value keeps it.
     */
    static String withBase(String policy) {
        String trimmed = policy == null ? "" : policy.strip();
        List<String> present = directives(trimmed).stream()
                .map(d -> d.split("\\s+", 2)[0].toLowerCase(Locale.ROOT))
                .toList();
        String missing = directives(BASE_POLICY).stream()
                .filter(d -> !present.contains(d.split("\\s+", 2)[0]))
                .collect(Collectors.joining("; "));
        if (missing.isEmpty()) {
            return trimmed;
        }
        if (trimmed.isEmpty()) {
            return missing;
        }
        return (trimmed.endsWith(";") ? trimmed + " " : trimmed + "; ") + missing;
    }

    private static List<String> directives(String policy) {
        return Arrays.stream(policy.split(";")).map(String::strip).filter(d -> !d.isEmpty()).toList();
    }
}
