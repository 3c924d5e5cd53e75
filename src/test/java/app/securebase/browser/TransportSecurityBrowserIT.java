package app.securebase.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.platform.web.SecurityHeadersFilter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What depends on the server configuration in {@code config/} (which Arquillian's server does not get, the shared
 * browser-test server does): behind a TLS-terminating proxy that sends {@code X-Forwarded-Proto: https}, Payara
 * treats requests as secure, so the app sends HSTS and the session cookie is Secure; over plain HTTP neither. No
 * response names the server. Plain HTTP requests, no browser: this only runs with the browser tests for their server.
 */
class TransportSecurityBrowserIT {

    private static URI base;
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    @RegisterExtension
    static final BeforeAllCallback SERVER = context -> base = SharedServer.baseUri(context);

    @Test
    void overPlainHttpThereIsNoHstsAndTheSessionCookieIsNotSecure() throws Exception {
        HttpResponse<Void> login = get("login.xhtml", Optional.empty());
        assertTrue(login.headers().firstValue("Strict-Transport-Security").isEmpty());

        // A protected page remembers where the visitor was going: that opens a session.
        HttpResponse<Void> protectedPage = get("client/", Optional.empty());
        assertEquals(302, protectedPage.statusCode());
        assertTrue(protectedPage.headers().firstValue("Location").orElseThrow().startsWith("http://"));
        String cookie = sessionCookie(protectedPage);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertFalse(cookie.contains("Secure"), cookie);
    }

    @Test
    void behindATlsProxyHstsIsSentAndTheSessionCookieIsSecure() throws Exception {
        Optional<String> https = Optional.of("https");
        for (String page : new String[] {"login.xhtml", "crisis.xhtml", "no-such-page.xhtml", ""}) {
            HttpResponse<Void> response = get(page, https);
            assertEquals(List.of(SecurityHeadersFilter.HSTS), response.headers().allValues("Strict-Transport-Security"), page);
        }
        HttpResponse<Void> protectedPage = get("client/", https);
        assertTrue(protectedPage.headers().firstValue("Location").orElseThrow().startsWith("https://"),
                "redirects stay on HTTPS");
        String cookie = sessionCookie(protectedPage);
        assertTrue(cookie.contains("Secure"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    void noResponseNamesTheServerOrFramesOtherwiseThanDenied() throws Exception {
        for (String page : new String[] {"login.xhtml", "no-such-page.xhtml", "no-such-file.css", ""}) {
            HttpResponse<Void> response = get(page, Optional.empty());
            assertTrue(response.headers().firstValue("Server").isEmpty(), page + " names the server");
            assertTrue(response.headers().firstValue("X-Powered-By").isEmpty(), page + " names the stack");
            assertEquals(List.of("DENY"), response.headers().allValues("X-Frame-Options"), page);
        }
    }

    private static HttpResponse<Void> get(String path, Optional<String> forwardedProto)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        forwardedProto.ifPresent(proto -> request.header("X-Forwarded-Proto", proto));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding());
    }

    private static String sessionCookie(HttpResponse<Void> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers().map()));
    }
}
