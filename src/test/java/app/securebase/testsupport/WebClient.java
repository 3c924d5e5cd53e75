package app.securebase.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client that signs in through the real login form, for tests that check what the server
 * answers (status codes, redirects, headers) rather than what a browser shows. Redirects are not followed, so tests
 * see them.
 */
public final class WebClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]*)\"");
    private static final Pattern NONCE_IN_SCRIPT = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final URI base;
    private final HttpClient http;

    /** @param base the application's root, ending in a slash */
    public WebClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).GET());
    }

    /** A GET with one extra request header, e.g. the name the server's statement tallies file it under. */
    public HttpResponse<String> get(String path, String header, String value) {
        return send(HttpRequest.newBuilder(resolve(path)).header(header, value).GET());
    }

    /** Submits the login form; the answer is the server's reply to the POST (a redirect on success). */
    public HttpResponse<String> signIn(String email, String password) {
        HttpResponse<String> page = get("login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:email", email);
        form.put("loginForm:password", password);
        form.put("loginForm:signIn", "");
        form.put("jakarta.faces.ViewState", find(VIEW_STATE, page.body()));
        form.put("primefaces.nonce", find(NONCE, page.body()));
        return post("login.xhtml", form);
    }

    /** Posts a url-encoded form, as a browser submitting a page's form would. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        return send(formPost(path, form));
    }

    /** Posts a Faces ajax request, as PrimeFaces does for a button with ajax on. */
    public HttpResponse<String> postAjax(String path, Map<String, String> form) {
        return send(formPost(path, form)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest"));
    }

    /** As {@link #postAjax(String, Map)}, with one extra request header. */
    public HttpResponse<String> postAjax(String path, Map<String, String> form, String header, String value) {
        return send(formPost(path, form)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .header(header, value));
    }

    /**
     * Posts a JSON body, as a page's script does, with extra request headers given as name, value, name, value…; a
     * pair with a null in it is left out.
     */
    public HttpResponse<String> postJson(String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            if (headers[i] != null && headers[i + 1] != null) {
                request.header(headers[i], headers[i + 1]);
            }
        }
        return send(request);
    }

    /**
     * What a Faces page posts back with every form: its view state, and PrimeFaces' CSP nonce, which the page carries
     * in a hidden field or, on most pages, in the script that starts PrimeFaces.
     */
    public static Map<String, String> facesFields(String html) {
        Matcher nonce = NONCE.matcher(html);
        Matcher nonceInScript = NONCE_IN_SCRIPT.matcher(html);
        String value = nonce.find() ? nonce.group(1) : nonceInScript.find() ? nonceInScript.group(1) : null;
        if (value == null) {
            throw new AssertionError("the page has no CSP nonce:\n" + html);
        }
        return Map.of("jakarta.faces.ViewState", find(VIEW_STATE, html), "primefaces.nonce", value);
    }

    private HttpRequest.Builder formPost(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    public URI resolve(String path) {
        return base.resolve(path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("the page lacks " + pattern + ":\n" + html);
        }
        return matcher.group(1);
    }
}
