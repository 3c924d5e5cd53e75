package app.securebase.perf.load;

import static app.securebase.perf.load.Faces.KIND_HEADER;
import static app.securebase.perf.load.Faces.ajax;
import static app.securebase.perf.load.Faces.attributes;
import static app.securebase.perf.load.Faces.page;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What people do in SecureBase, as Gatling chains. Every link a journey follows is one the page it is on showed, so
 * a journey only reaches what that user may reach; whatever a page lacks (no client with an entry to review, nothing
 * due today) is skipped, never faked.
 */
final class Journeys {

    /** The homework form's hidden field with the revision of the draft the page last saw. */
    private static final String REVISION = "entryForm:revision";

    private static final String SENTENCE = "Felt tense before the call with my sister, breathed slowly for two"
            + " minutes and it eased a little. ";

    /** How long a person pauses before each page or action; zero drives the server as hard as it goes. */
    private static volatile Duration thinkTime = Duration.ZERO;

    private Journeys() {
    }

    /**
     * Sets the pause before each step of the journeys built after this call: between half and one and a half times
     * {@code meanPause}, so users drift apart instead of acting in lockstep.
     */
    static void thinkFor(Duration meanPause) {
        thinkTime = meanPause;
    }

    private static ChainBuilder think() {
        Duration mean = thinkTime;
        return mean.isZero() ? exec(session -> session)
                : pause(mean.dividedBy(2), mean.plus(mean.dividedBy(2)));
    }

    static ChainBuilder signIn(String who, String password) {
        return exec(page(who + ": login page", "/login.xhtml", "loginForm"))
                .exec(Faces.post(who + ": sign in", "/login.xhtml", "loginForm", Map.of(
                                "loginForm:email", "#{email}", "loginForm:password", password, "loginForm:signIn", ""))
                        .disableFollowRedirect()
                        .check(status().is(302)))
                .exitHereIfFailed();
    }

    /**
     * Ends the session with the header's "Sign out" button, posted from a page captured earlier in the journey. A
     * closed workload replaces each user who leaves with a new one, so without signing out 32 concurrent users would
     * leave hundreds of open sessions behind in a few minutes, more people than an S1 practice has.
     */
    static ChainBuilder signOut(String who, String path) {
        return exec(think()).exec(Faces.post(who + ": sign out", path, "signOutForm",
                        Map.of("signOutForm:signOut", "signOutForm:signOut"))
                .disableFollowRedirect()
                .check(status().is(302))
                .check(header("Location").transform(to -> to.contains("signedOut"))
                        .is(true)));
    }

    /**
     * Signs in, then {@code rounds} times: dashboard → next page → a filter → a client's page with its charts → a
     * submission to review → feedback → a new note for that client, its draft autosaved three times; signs out.
     */
    static ChainBuilder clinician(String password, int rounds) {
        return clinicianStaying(password, rounds).exec(signOut("clinician", "/clinician/index.xhtml"));
    }

    /** {@link #clinician} without signing out: the session stays, as when someone closes the tab. */
    static ChainBuilder clinicianStaying(String password, int rounds) {
        return signIn("clinician", password).exec(repeat(rounds).on(clinicianRound()));
    }

    private static ChainBuilder clinicianRound() {
        return exec(think()).exec(page("clinician: dashboard", "/clinician/index.xhtml", "dashboardForm", "signOutForm")
                        .check(attributes("a[id$=':openClient']", "href", "clients")))
                .exec(think()).exec(ajax("clinician: dashboard next page", "/clinician/index.xhtml", "dashboardForm",
                        "dashboardForm:caseloadTable", null, "dashboardForm:caseloadTable",
                        "dashboardForm:caseloadTable", Map.of(
                                "dashboardForm:caseloadTable_pagination", "true",
                                "dashboardForm:caseloadTable_first", "25",
                                "dashboardForm:caseloadTable_rows", "25",
                                "dashboardForm:caseloadTable_skipChildren", "true",
                                "dashboardForm:caseloadTable_encodeFeature", "true")))
                .exec(think()).exec(ajax("clinician: dashboard filter", "/clinician/index.xhtml", "dashboardForm",
                        "dashboardForm:filter", "change", "dashboardForm:filter",
                        "dashboardForm:caseloadTable dashboardForm:filters", Map.of("dashboardForm:filter", "OVERDUE")))
                .exec(session -> pick(session, "clients", "client"))
                .exec(think()).exec(page("clinician: client page", "#{client}")
                        .check(attributes("a[id$=':review']", "href", "entries")))
                .doIf(session -> !session.getList("entries").isEmpty()).then(
                        exec(session -> pick(session, "entries", "entry"))
                                .exec(think()).exec(page("clinician: open submission", "#{entry}", "reviewForm")
                                        .check(css("form#reviewForm", "action").saveAs("reviewAction")))
                                .exec(think()).exec(ajax("clinician: write feedback", "#{reviewAction}", "reviewForm",
                                        "reviewForm:saveFeedback", null, "reviewForm", "review",
                                        Map.of("reviewForm:feedback", "Thank you: noticing the tension early is"
                                                + " exactly the skill we practised."))))
                .exec(session -> session.set("clientId", session.getString("client").replaceAll(".*id=(\\d+).*", "$1")))
                .exec(think()).exec(page("clinician: notes of client", "/clinician/notes.xhtml?client=#{clientId}", "startForm")
                        .check(css("form#startForm", "action").saveAs("startAction")))
                .exec(think()).exec(ajax("clinician: start note", "#{startAction}", "startForm", "startForm:startNote", null,
                        "startForm", "startForm", Map.of())
                        .check(regex("<redirect url=\"([^\"]+)\"").saveAs("note")))
                .exec(session -> session.set("note", session.getString("note").replace("&amp;", "&")))
                .exec(think()).exec(page("clinician: note editor", "#{note}", "noteForm")
                        .check(css("form#noteForm", "action").saveAs("noteAction"))
                        .check(css("form#noteForm textarea[id$=':sectionText']", "id").saveAs("section")))
                .exec(repeat(3, "draft").on(
                        exec(session -> session.set("changed", Map.of(session.getString("section"),
                                SENTENCE.repeat(session.getInt("draft") + 1))))
                                .exec(think()).exec(ajax("clinician: autosave note", "#{noteAction}", "noteForm", "#{section}",
                                        "keyup", "noteForm", "noteForm:saveStatus noteForm:conflict noteForm:noteMessages",
                                        Map.of())
                                        .check(regex("data-sb-state=\"([a-z]+)\"").is("saved")))));
    }

    /**
     * Signs in, then {@code rounds} times: today → an exercise → its draft autosaved five times → submitted → a module
     * from the reading list; signs out.
     */
    static ChainBuilder client(String password, int rounds) {
        return clientStaying(password, rounds).exec(signOut("client", "/client/index.xhtml"));
    }

    /** {@link #client} without signing out. */
    static ChainBuilder clientStaying(String password, int rounds) {
        return signIn("client", password).exec(repeat(rounds).on(clientRound()));
    }

    private static ChainBuilder clientRound() {
        return exec(think()).exec(page("client: today", "/client/index.xhtml", "signOutForm")
                        .check(attributes("a[id$=':openEntry']", "href", "today")))
                .doIf(session -> !session.getList("today").isEmpty()).then(
                        exec(session -> pick(session, "today", "entry"))
                                .exec(think()).exec(page("client: open exercise", "#{entry}")
                                        .check(form("form#entryForm").optional().saveAs("entryForm"))
                                        .check(css("form#entryForm", "action").optional().saveAs("entryAction"))
                                        .check(css("form#entryForm", "data-sb-draft-token").optional().saveAs("draftToken"))
                                        .check(css("form#entryForm", "data-sb-occurrence").optional().saveAs("occurrence"))
                                        .check(attributes("form#entryForm [data-field][data-type]", "data-field", "fieldKeys"))
                                        .check(attributes("form#entryForm [data-field][data-type]", "data-type", "fieldTypes"))
                                        .check(attributes("form#entryForm textarea, form#entryForm"
                                                + " input[type='text']:not([id$='_input'])", "id", "texts")))
                                .doIf(session -> session.contains("entryAction")
                                        && !session.getList("texts").isEmpty()).then(
                                        exec(session -> session.set("revision",
                                                        session.getMap("entryForm").get(REVISION).toString()))
                                                .exec(repeat(5, "draft").on(
                                                        exec(think()).exec(draftSave("client: autosave entry")
                                                                .check(jsonPath("$.state").is("saved"))
                                                                .check(jsonPath("$.revision").saveAs("revision")))))
                                                // "Send" posts the whole form, with the revision the last save returned.
                                                .exec(session -> session.set("changed", withRevision(session,
                                                        typed(session.getList("texts"), 5))))
                                                .exec(think()).exec(ajax("client: submit entry", "#{entryAction}", "entryForm",
                                                        "entryForm:submit", null, "entryForm", "entry", Map.of()))))
                .exec(think()).exec(page("client: reading list", "/client/reading.xhtml")
                        .check(attributes("a[id$=':openReading']", "href", "modules")))
                .doIf(session -> !session.getList("modules").isEmpty()).then(
                        exec(session -> pick(session, "modules", "module"))
                                .exec(think()).exec(page("client: open module", "#{module}")));
    }

    /**
     * The homework form's autosave as its script sends it (entry.js): every answer of the form as JSON, by field key,
     * with a little more typed into each text field each time, to {@code /client/entry-draft}.
     */
    private static HttpRequestActionBuilder draftSave(String name) {
        return http(name).post("/client/entry-draft")
                .header(KIND_HEADER, name)
                .header("Content-Type", "application/json")
                .header("X-SecureBase-Draft-Token", "#{draftToken}")
                .body(StringBody(session -> draftJson(session.getString("occurrence"), session.getString("revision"),
                        session.getList("fieldKeys"), session.getList("fieldTypes"),
                        typed(session.getList("texts"), session.getInt("draft") + 1))))
                .check(status().is(200));
    }

    /** What entry.js posts: each field's answer by its key; the typed ones found by their input's row in the form. */
    static String draftJson(String occurrence, String revision, List<Object> keys, List<Object> types,
            Map<String, Object> typed) {
        Map<Integer, Object> byRow = new LinkedHashMap<>();
        typed.forEach((id, value) -> byRow.put(Integer.valueOf(id.replaceAll("^entryForm:fields:(\\d+):.*$", "$1")),
                value));
        StringBuilder json = new StringBuilder("{\"occurrence\":").append(occurrence)
                .append(",\"revision\":").append(revision).append(",\"answers\":{");
        for (int row = 0; row < keys.size(); row++) {
            String type = types.get(row).toString();
            String answer = switch (type) {
                case "EMOTIONS" -> "{\"emotions\":[]}";
                case "MULTIPLE_CHOICE", "CHECKLIST" -> "{\"choices\":[]}";
                default -> "{\"text\":\"" + escaped(String.valueOf(byRow.getOrDefault(row, ""))) + "\"}";
            };
            json.append(row == 0 ? "" : ",").append('"').append(escaped(keys.get(row).toString())).append("\":")
                    .append(answer);
        }
        return json.append("}}").toString();
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static Map<String, Object> withRevision(Session session, Map<String, Object> fields) {
        Map<String, Object> all = new LinkedHashMap<>(fields);
        all.put(REVISION, session.getString("revision"));
        return all;
    }

    /** The anchors: a transient Faces page that reads nothing from the database, and a static file. */
    static ChainBuilder floor() {
        return exec(page("floor: transient page", "/crisis.xhtml"))
                .exec(http("floor: static file").get("/resources/securebase/css/app.css")
                        .header(KIND_HEADER, "floor: static file").check(status().is(200)));
    }

    private static Session pick(Session session, String list, String into) {
        List<Object> options = session.getList(list);
        return options.isEmpty() ? session
                : session.set(into, options.get(ThreadLocalRandom.current().nextInt(options.size())));
    }

    /**
     * Every text field of the form with a little more typed in it each time, and a number in each number box (5 sits
     * on every built-in scale); the first field is the ajax source.
     */
    private static Map<String, Object> typed(List<Object> ids, int times) {
        Map<String, Object> changed = new LinkedHashMap<>();
        for (Object id : ids) {
            String name = id.toString();
            boolean number = name.endsWith(":scaleNumber") || name.endsWith(":number");
            changed.put(name, number ? "5" : SENTENCE.repeat(times).strip());
        }
        return changed;
    }
}
