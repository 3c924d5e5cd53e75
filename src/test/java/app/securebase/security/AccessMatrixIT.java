package app.securebase.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.testsupport.AppPages;
import app.securebase.testsupport.AppPages.AppPage;
import app.securebase.testsupport.AppPages.Visitor;
import app.securebase.testsupport.DemoAccount;
import app.securebase.testsupport.DemoIds;
import app.securebase.testsupport.Deployments;
import app.securebase.testsupport.WebClient;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access matrix: every page of {@link AppPages} for every kind of visitor, and every id-bearing request for a
 * client record, against the real WAR over HTTP. Allowed means 200, a signed-out visitor is sent to sign-in, and
 * anyone else sees the same 404 page as for a page that does not exist.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.realWar();
    }

    @ArquillianResource
    URL base;

    private final Map<Visitor, WebClient> visitors = new EnumMap<>(Visitor.class);

    @BeforeEach
    void signInEachVisitor() {
        visitors.put(Visitor.ANONYMOUS, client());
        visitors.put(Visitor.ADMIN, signedIn(DemoAccount.ADMIN));
        visitors.put(Visitor.CLINICIAN, signedIn(DemoAccount.CLINICIAN));
        visitors.put(Visitor.CLIENT, signedIn(DemoAccount.CLIENT));
    }

    @Test
    void everyPageAnswersOnlyItsAudience() {
        List<String> wrong = new ArrayList<>();
        Map<String, String> ids = DemoIds.find(URI.create(base.toString()));
        for (AppPage page : Stream.concat(AppPages.PAGES.stream(), AppPages.DOWNLOADS.stream()).toList()) {
            String path = DemoIds.resolve(page.path(), ids);
            for (Visitor visitor : Visitor.values()) {
                HttpResponse<String> response = visitors.get(visitor).get(path);
                String expected = page.needsPasswordStep() ? "302 to sign-in"
                        : page.sendsSignedInHome() && visitor != Visitor.ANONYMOUS ? "302 home"
                        : page.allows(visitor) ? "200"
                        : visitor == Visitor.ANONYMOUS ? "302 to sign-in" : "404";
                String location = response.headers().firstValue("Location").orElse("");
                String actual = response.statusCode() != 302 ? String.valueOf(response.statusCode())
                        : location.endsWith("/login.xhtml") ? "302 to sign-in"
                        : location.endsWith("/" + visitor.name().toLowerCase() + "/index.xhtml") ? "302 home"
                        : "302 to " + location;
                if (!expected.equals(actual)) {
                    wrong.add(visitor + " " + page.path() + ": expected " + expected + ", got " + actual);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void anotherCliniciansClientLooksExactlyLikeAMissingOne() {
        long jordan = clientId(visitors.get(Visitor.CLINICIAN), DemoAccount.CLIENT.displayName);
        WebClient otherClinician = signedIn(DemoAccount.OTHER_CLINICIAN);

        HttpResponse<String> own = visitors.get(Visitor.CLINICIAN).get("clinician/client.xhtml?id=" + jordan);
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains(DemoAccount.CLIENT.email));

        HttpResponse<String> someoneElses = otherClinician.get("clinician/client.xhtml?id=" + jordan);
        HttpResponse<String> missing = otherClinician.get("clinician/client.xhtml?id=987654321");
        HttpResponse<String> garbage = otherClinician.get("clinician/client.xhtml?id=abc");
        assertEquals(404, someoneElses.statusCode());
        assertEquals(404, missing.statusCode());
        assertNotEquals(200, garbage.statusCode());
        assertFalse(someoneElses.body().contains(DemoAccount.CLIENT.email), "nothing of the client leaks");
        assertEquals(withoutNonce(missing), withoutNonce(someoneElses), "same answer for someone else's and none");

        for (Visitor visitor : List.of(Visitor.ADMIN, Visitor.CLIENT)) {
            assertEquals(404, visitors.get(visitor).get("clinician/client.xhtml?id=" + jordan).statusCode(), visitor.name());
        }
        assertEquals(302, visitors.get(Visitor.ANONYMOUS).get("clinician/client.xhtml?id=" + jordan).statusCode());
    }

    /**
     * An id smuggled into a form post of one's own client's page must not reach another clinician's client: the
     * service checks the caseload on every call, not only when the page opens.
     */
    @Test
    void aForgedIdInAnActionDoesNotReachAnotherCliniciansClient() {
        WebClient otherClinician = signedIn(DemoAccount.OTHER_CLINICIAN);
        long jordan = clientId(visitors.get(Visitor.CLINICIAN), DemoAccount.CLIENT.displayName);
        long taylor = clientId(otherClinician, "Taylor Brooks");
        HttpResponse<String> ownPage = otherClinician.get("clinician/client.xhtml?id=" + taylor);
        assertEquals(200, ownPage.statusCode());

        Map<String, String> archive = new LinkedHashMap<>();
        archive.put("jakarta.faces.partial.ajax", "true");
        archive.put("jakarta.faces.source", "actionsForm:archive");
        archive.put("jakarta.faces.partial.execute", "actionsForm:archive");
        archive.put("jakarta.faces.partial.render", "clientRecord");
        archive.put("actionsForm:archive", "actionsForm:archive");
        archive.put("actionsForm", "actionsForm");
        archive.put("id", String.valueOf(jordan));
        archive.put("jakarta.faces.ViewState", find(VIEW_STATE, ownPage.body()));
        archive.put("primefaces.nonce", find(NONCE, ownPage.body()));
        HttpResponse<String> forged = otherClinician.postAjax("clinician/client.xhtml?id=" + jordan, archive);
        assertFalse(forged.body().contains(DemoAccount.CLIENT.email), forged.body());
        assertEquals(404, forged.statusCode(), "the service refused the smuggled id");
        assertTrue(forged.body().contains("We could not find that page"), forged.body());

        HttpResponse<String> jordanNow = visitors.get(Visitor.CLINICIAN).get("clinician/client.xhtml?id=" + jordan);
        assertTrue(jordanNow.body().contains(">Active<"), "Jordan is still active");
        assertEquals(200, signedIn(DemoAccount.CLIENT).get("client/").statusCode(),
                "Jordan can still sign in and open their home");
    }

    private long clientId(WebClient clinician, String name) {
        return Long.parseLong(DemoIds.clientId(clinician, name));
    }

    private WebClient client() {
        return new WebClient(URI.create(base.toString()));
    }

    private WebClient signedIn(DemoAccount account) {
        WebClient client = client();
        HttpResponse<String> response = client.signIn(account.email, account.password);
        assertEquals(302, response.statusCode(), account + " could not sign in: " + response.body());
        return client;
    }

    private static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertTrue(matcher.find(), pattern + " not in page");
        return matcher.group(1);
    }

    private static String withoutNonce(HttpResponse<String> response) {
        String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
        return response.body().replace(nonce, "");
    }
}
