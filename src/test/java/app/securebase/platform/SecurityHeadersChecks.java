package app.securebase.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.platform.web.SecurityHeadersFilter;
import app.securebase.platform.web.SessionTimeout;
import app.securebase.testsupport.DemoAccount;
import app.securebase.testsupport.WebClient;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * The browser-side protections on the real WAR: the headers of public pages, signed-in pages, static resources and
 * error pages, and the idle timeout of new sessions. (HSTS and Secure cookies behind a TLS proxy need the pre-boot
 * commands in config/, which this container does not run: see BehindTlsProxyBrowserIT.)
 *
 * <p>Run by {@link FoundationIT}, on its deployment: one Payara Micro boot for both classes.
 */
abstract class SecurityHeadersChecks {

    private static final Pattern STYLESHEET = Pattern.compile("href=\"([^\"]*jakarta\\.faces\\.resource/css/app\\.css[^\"]*)\"");
    private static final List<String> BASE_DIRECTIVES = List.of("object-src 'none'", "base-uri 'none'",
            "frame-ancestors 'none'", "form-action 'self'");


    @ArquillianResource
    URL base;

    @Inject
    HttpServletRequest request;

    @Inject
    SessionTimeout sessionTimeout;

    @Inject
    ServletContext servletContext;

    @Test
    @RunAsClient
    void publicPagesCarryTheFullPolicyAndStayCacheable() {
        WebClient anonymous = client();
        for (String page : new String[] {"login.xhtml", "crisis.xhtml"}) {
            HttpResponse<String> response = anonymous.get(page);
            assertEquals(200, response.statusCode(), page);
            assertPagePolicy(response, page);
            assertCommonHeaders(response, page);
            assertTrue(response.headers().firstValue("Cache-Control").isEmpty(), page + " is the same for everyone");
        }
    }

    @Test
    @RunAsClient
    void signedInPagesAreNeverStored() {
        WebClient client = client();
        assertEquals(302, client.signIn(DemoAccount.CLIENT.email, DemoAccount.CLIENT.password).statusCode());
        for (String page : new String[] {"client/", "client/index.xhtml", "crisis.xhtml", "login.xhtml", ""}) {
            HttpResponse<String> response = client.get(page);
            assertCommonHeaders(response, page);
            assertEquals(List.of("no-store"), response.headers().allValues("Cache-Control"), page);
        }
        HttpResponse<String> home = client.get("client/");
        assertPagePolicy(home, "client/");
        assertTrue(home.body().contains("id=\"sessionForm:sessionWarning\""), "signed-in pages carry the session warning");
        HttpResponse<String> otherRole = client.get("clinician/");
        assertEquals(404, otherRole.statusCode());
        assertPagePolicy(otherRole, "clinician/ as a client");
        assertEquals(List.of("no-store"), otherRole.headers().allValues("Cache-Control"));
    }

    @Test
    @RunAsClient
    void staticResourcesStayCacheableButAreNotSniffed() {
        WebClient client = client();
        client.signIn(DemoAccount.CLINICIAN.email, DemoAccount.CLINICIAN.password);
        Matcher stylesheet = STYLESHEET.matcher(client.get("clinician/").body());
        assertTrue(stylesheet.find(), "the layout links its stylesheet");
        HttpResponse<String> css = client.get(stylesheet.group(1).replace("&amp;", "&"));
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
        assertTrue(css.headers().firstValue("Cache-Control").orElseThrow().contains("max-age="),
                "resources are cached even for signed-in users");
        assertCommonHeaders(css, "stylesheet");
        assertEquals(List.of(SecurityHeadersFilter.BASE_POLICY), css.headers().allValues("Content-Security-Policy"));
    }

    @Test
    @RunAsClient
    void errorPagesAndRedirectsCarryTheHeadersToo() {
        WebClient anonymous = client();
        HttpResponse<String> missing = anonymous.get("no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        assertPagePolicy(missing, "404 page");
        assertCommonHeaders(missing, "404 page");
        HttpResponse<String> missingFile = anonymous.get("no-such-file.css");
        assertEquals(404, missingFile.statusCode());
        assertCommonHeaders(missingFile, "404 for a file");

        HttpResponse<String> home = anonymous.get("");
        assertEquals(302, home.statusCode());
        assertCommonHeaders(home, "redirect from /");
        assertEquals(List.of(SecurityHeadersFilter.BASE_POLICY), home.headers().allValues("Content-Security-Policy"));
    }

    /**
     * A delayed "save as you type" can fire from an input the page already replaced; it carries no view state. It
     * gets an empty partial response, not the error page in place of the client's page.
     */
    @Test
    @RunAsClient
    void anAjaxRequestWithoutViewStateChangesNothing() {
        WebClient client = client();
        assertEquals(302, client.signIn(DemoAccount.CLIENT.email, DemoAccount.CLIENT.password).statusCode());
        HttpResponse<String> detached = client.postAjax("client/index.xhtml", java.util.Map.of(
                "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "entryForm:fields:0:shortText",
                "jakarta.faces.partial.execute", "@form", "jakarta.faces.behavior.event", "keyup"));
        assertEquals(200, detached.statusCode());
        assertTrue(detached.body().contains("<changes></changes>"), detached.body());
        assertFalse(detached.body().contains("error"), detached.body());
    }

    /** The load test's SQL tallies exist only on a server started for a load test; anywhere else they are not found. */
    @Test
    @RunAsClient
    void theLoadTestsStatementTalliesAreOffByDefault() {
        WebClient anonymous = client();
        assertEquals(404, anonymous.get("perf/statements").statusCode());
        WebClient admin = client();
        assertEquals(302, admin.signIn(DemoAccount.ADMIN.email, DemoAccount.ADMIN.password).statusCode());
        assertEquals(404, admin.get("perf/statements").statusCode());
    }

    @Test
    @RunAsClient
    void noHstsOverPlainHttp() {
        HttpResponse<String> login = client().get("login.xhtml");
        assertTrue(login.headers().firstValue("Strict-Transport-Security").isEmpty());
    }

    /** Runs inside the server, within a request, so it can open a session of its own. */
    @Test
    void newSessionsGetTheConfiguredIdleTimeout() {
        assertEquals(30 * 60, sessionTimeout.getTimeoutSeconds(), "default");
        assertEquals(sessionTimeout.getTimeoutSeconds(), request.getSession(true).getMaxInactiveInterval());
        request.getSession().invalidate();
    }

    /** Payara resolves the stage from securebase.faces.projectStage, which the build does not set. */
    @Test
    void facesRunsInProductionStage() {
        assertEquals("Production", servletContext.getInitParameter("jakarta.faces.PROJECT_STAGE"));
    }

    private WebClient client() {
        return new WebClient(URI.create(base.toString()));
    }

    /** A Faces page: exactly one policy, with PrimeFaces' nonce and every base directive. */
    private static void assertPagePolicy(HttpResponse<String> response, String page) {
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), page + ": " + policies);
        String policy = policies.get(0);
        assertTrue(policy.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'.*"), page + ": " + policy);
        BASE_DIRECTIVES.forEach(d -> assertTrue(policy.contains(d), page + " lacks " + d + ": " + policy));
        assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
    }

    private static void assertCommonHeaders(HttpResponse<String> response, String page) {
        assertEquals(List.of("nosniff"), response.headers().allValues("X-Content-Type-Options"), page);
        assertEquals(List.of("same-origin"), response.headers().allValues("Referrer-Policy"), page);
        assertEquals(List.of("DENY"), response.headers().allValues("X-Frame-Options"), page);
    }
}
