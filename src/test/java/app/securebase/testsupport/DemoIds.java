package app.securebase.testsupport;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ids the placeholders of {@link AppPages} stand for, found in the demo data through the pages themselves (as
 * a person would click their way there): a library module, the demo client Jordan, Jordan's demo assignment,
 * homework occurrence and signed note.
 */
public final class DemoIds {

    private static final Pattern MODULE_LINK = Pattern.compile("module\\.xhtml\\?id=(\\d+)");
    private static final Pattern READ_LINK = Pattern.compile("read\\.xhtml\\?a=(\\d+)");
    private static final Pattern EXERCISE_LINK = Pattern.compile("exercise\\.xhtml\\?id=(\\d+)");
    private static final Pattern NOTE_LINK = Pattern.compile("note\\.xhtml\\?id=(\\d+)");
    private static final Pattern ENTRY_LINK = Pattern.compile("entry\\.xhtml\\?o=(\\d+)");
    private static final Pattern CLIENT_LINK = Pattern.compile("client\\.xhtml\\?id=(\\d+)\"[^>]*>([^<]+)<");

    private DemoIds() {
    }

    public static Map<String, String> find(URI base) {
        WebClient clinician = signedIn(base, DemoAccount.CLINICIAN);
        WebClient client = signedIn(base, DemoAccount.CLIENT);
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put(AppPages.MODULE, first(MODULE_LINK, clinician.get("clinician/library.xhtml")));
        ids.put(AppPages.CLIENT, clientId(clinician, DemoAccount.CLIENT.displayName));
        ids.put(AppPages.ASSIGNMENT, first(READ_LINK, client.get("client/reading.xhtml")));
        ids.put(AppPages.EXERCISE, first(EXERCISE_LINK, clinician.get("clinician/exercises.xhtml")));
        ids.put(AppPages.OCCURRENCE, first(ENTRY_LINK, client.get("client/index.xhtml")));
        ids.put(AppPages.NOTE, first(NOTE_LINK, clinician.get("clinician/notes.xhtml?client="
                + ids.get(AppPages.CLIENT))));
        return ids;
    }

    /** The path with its placeholders filled in. */
    public static String resolve(String path, Map<String, String> ids) {
        String resolved = path;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            resolved = resolved.replace(id.getKey(), id.getValue());
        }
        return resolved;
    }

    /** The id of the client of this name on the clinician's caseload page. */
    public static String clientId(WebClient clinician, String name) {
        Matcher links = CLIENT_LINK.matcher(clinician.get("clinician/clients.xhtml").body());
        while (links.find()) {
            if (links.group(2).trim().equals(name)) {
                return links.group(1);
            }
        }
        throw new AssertionError(name + " is not on the caseload page");
    }

    private static WebClient signedIn(URI base, DemoAccount account) {
        WebClient web = new WebClient(base);
        HttpResponse<String> response = web.signIn(account.email, account.password);
        if (response.statusCode() != 302) {
            throw new AssertionError(account + " could not sign in: " + response.statusCode());
        }
        return web;
    }

    private static String first(Pattern pattern, HttpResponse<String> page) {
        Matcher matcher = pattern.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError(pattern + " not on " + page.uri());
        }
        return matcher.group(1);
    }
}
