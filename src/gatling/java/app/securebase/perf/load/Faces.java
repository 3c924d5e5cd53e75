package app.securebase.perf.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Faces and PrimeFaces requests as a browser sends them: a page's forms are captured whole (every input, the view
 * state and PrimeFaces' CSP nonce), and posted back with the fields a person changed, as a full submit or as a
 * PrimeFaces ajax request. Every request carries its name in a header, so the server can tally SQL statements per
 * kind of request when the load test asks it to.
 */
final class Faces {

    static final String KIND_HEADER = "X-SecureBase-Request-Kind";

    private static final String NONCE = "primefaces.nonce";

    private Faces() {
    }

    /** A GET of a page, named; checks it is a 200 and captures the listed forms into the session by their ids. */
    static HttpRequestActionBuilder page(String name, String path, String... forms) {
        HttpRequestActionBuilder get = http(name).get(path).header(KIND_HEADER, name).check(status().is(200))
                .check(nonce());
        for (String id : forms) {
            get = get.check(form("form#" + escaped(id)).saveAs(id));
        }
        return get;
    }

    /**
     * A PrimeFaces ajax request from {@code source} (an input's change or keyup, a button, a paginator) of the form
     * captured as {@code form}, with the fields a person changed on top ({@code changed} and, when present, the map
     * in the session under {@code "changed"}); the partial response must not be an error.
     */
    static HttpRequestActionBuilder ajax(String name, String path, String form, String source, String event,
            String execute, String render, Map<String, Object> changed) {
        return http(name).post(path)
                .header(KIND_HEADER, name)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .formParamMap(session -> {
                    Map<String, Object> params = new LinkedHashMap<>(session.getMap(form));
                    String from = source.startsWith("#{")
                            ? session.getString(source.substring(2, source.length() - 1)) : source;
                    params.put("jakarta.faces.partial.ajax", "true");
                    params.put("jakarta.faces.source", from);
                    params.put("jakarta.faces.partial.execute", execute);
                    params.put("jakarta.faces.partial.render", render);
                    if (event != null) {
                        params.put("jakarta.faces.behavior.event", event);
                        params.put("jakarta.faces.partial.event", event);
                    } else {
                        params.put(from, from);
                    }
                    params.putAll(changed);
                    if (session.contains("changed")) {
                        params.putAll(session.getMap("changed"));
                    }
                    return withNonce(session, params);
                })
                .check(status().is(200))
                .check(nonce())
                .check(regex("<partial-response").exists())
                .check(regex("<error>").notExists());
    }

    /** A full (non-ajax) post of the form captured as {@code form} with {@code changed} fields on top. */
    static HttpRequestActionBuilder post(String name, String path, String form, Map<String, Object> changed) {
        return http(name).post(path)
                .header(KIND_HEADER, name)
                .formParamMap(session -> {
                    Map<String, Object> params = new LinkedHashMap<>(session.getMap(form));
                    changed.forEach((key, value) -> params.put(key, value instanceof String text && text.startsWith("#{")
                            ? session.getString(text.substring(2, text.length() - 1)) : value));
                    return withNonce(session, params);
                });
    }

    /** The value of the first element matching a CSS selector's attribute, saved under {@code key}. */
    static CheckBuilder.Final attribute(String selector, String attribute, String key) {
        return css(selector, attribute).saveAs(key);
    }

    /** Every matching attribute value, saved as a list under {@code key}. */
    static CheckBuilder.Final attributes(String selector, String attribute, String key) {
        return css(selector, attribute).findAll().withDefault(List.of()).saveAs(key);
    }

    /**
     * PrimeFaces' CSP nonce: a page sets it, and every ajax response hands out the next one, which the browser puts
     * into each form's {@value #NONCE} field (the pages carry no such field: the script adds it); a missing or stale
     * one is refused ("CSP nonce mismatch").
     */
    private static CheckBuilder.Final nonce() {
        return regex("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").optional().saveAs(NONCE);
    }

    private static Map<String, Object> withNonce(Session session, Map<String, Object> params) {
        if (session.contains(NONCE)) {
            params.put(NONCE, session.getString(NONCE));
        }
        return params;
    }

    private static String escaped(String id) {
        return id.replace(":", "\\:");
    }
}
