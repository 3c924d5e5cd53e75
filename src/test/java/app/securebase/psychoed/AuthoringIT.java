package app.securebase.psychoed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.platform.DatabaseMigration;
import app.securebase.practice.NotFoundException;
import app.securebase.security.Account;
import app.securebase.security.Role;
import app.securebase.testsupport.AsClinician;
import app.securebase.testsupport.DemoAccount;
import app.securebase.testsupport.Deployments;
import app.securebase.testsupport.TestData;
import app.securebase.testsupport.WebClient;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A clinician's own modules on the real WAR: drafts are private to their author, publishing makes immutable versions
 * (assignments keep the one they pinned), the body is sanitised before it is stored, a refused draft names each
 * problem, and another clinician's module answers like a missing one, audited as denied. The last test drives the
 * pages over HTTP as the demo clinicians, a client and the admin.
 *
 * <p>In-container tests run as the clinician {@link TestData#RUN_AS_CLINICIAN} ({@link AsClinician}); modules of
 * someone else are written by {@link OtherAuthor}.
 */
@ExtendWith(ArquillianExtension.class)
class AuthoringIT extends ModuleCatalogueChecks {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    /** The page's script nonce, which PrimeFaces' script adds to each form as it submits it. */
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
    private static final Pattern REDIRECT_ID = Pattern.compile("<redirect url=\"[^\"]*module-edit\\.xhtml\\?id=(\\d+)");
    private static final Pattern MODULE_BODY = Pattern.compile("<div id=\"moduleBody\">(.*?)</div>", Pattern.DOTALL);

    private static final String XSS_BODY = "<h2>Start</h2><p>Harmless words stay.</p>"
            + "<script>window.__xss = 1</script><img src=x onerror=\"window.__xss = 1\">"
            + "<p><a href=\"javascript:window.__xss=1\">a link</a> <a href=\"JaVaScRiPt:alert(1)\">b</a>"
            + " <a href=\"&#106;avascript:alert(1)\">c</a></p><svg onload=\"window.__xss = 1\"><script>alert(1)</script></svg>"
            + "<math><mtext>m</mtext></math><iframe src=\"https://evil.example\"></iframe><object data=x></object>"
            + "<style>p { width: expression(alert(1)) }</style><p style=\"background:url(javascript:alert(1))\">styled</p>"
            + "<div style=\"width:expression(alert(1))\">div</div><form action=\"https://evil.example\"><input onfocus="
            + "\"window.__xss = 1\" autofocus></form><details open ontoggle=\"window.__xss = 1\"><summary>s</summary></details>"
            + "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">d</a><base href=\"https://evil.example/\">"
            + "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">"
            + "<ol><li data-list=\"bullet\">first point</li><li data-list=\"bullet\">second point</li></ol>";

    private static final String[] ACTIVE = {"<script", "onerror", "onload", "onfocus", "ontoggle", "javascript",
        "data:", "<svg", "<math", "<iframe", "<object", "<style", "style=", "expression(", "<form", "<input", "<details",
        "<base", "<meta", "http-equiv"};

    @Deployment
    static WebArchive deployment() {
        return Deployments.realWarWithRunAs(AuthoringIT.class, ModuleCatalogueChecks.class, TestData.class, OtherAuthor.class, WebClient.class,
                DemoAccount.class);
    }

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    AuthoringService authoring;

    @Inject
    ModuleService modules;

    @Inject
    AssignmentService assignments;

    @Inject
    AsClinician asClinician;

    @Inject
    TestData testData;

    @Inject
    OtherAuthor otherAuthor;

    @ArquillianResource
    URL base;

    @Test
    void theRunAsClinicianIsMe() throws Exception {
        Account me = testData.runAsClinician();
        long id = asMe(() -> authoring.create(content("Whose module")));
        assertEquals(String.valueOf(me.getId()), row("SELECT owner_id FROM psy_module WHERE id = ?", id).get(0));
        assertTrue(asMe(authoring::myModules).stream().anyMatch(d -> d.getId() == id));
    }

    @Test
    void publishingMakesImmutableVersionsAndAssignmentsKeepTheirs() throws Exception {
        Account client = testData.runAsClient();
        String title = "Versions " + UUID.randomUUID();
        long id = asMe(() -> authoring.create(new DraftContent(title, "", "", "", List.of(), List.of(), List.of())));
        assertEquals(List.of("CUSTOM", "DRAFT"), row("SELECT origin, status FROM psy_module WHERE id = ?", id));
        asMe(() -> authoring.saveDraft(id, content(title)));

        ModuleVersion first = asMe(() -> authoring.publish(id));
        assertEquals(1, first.getVersionNumber());
        assertEquals(List.of("PUBLISHED", String.valueOf(first.getId())),
                row("SELECT status, current_version_id FROM psy_module WHERE id = ?", id));
        assertFalse(AuthoringService.hasUnpublishedChanges(asMe(() -> authoring.draft(id))));
        assertEquals(1, asMe(() -> assignments.assign(List.of(id), List.of(client.getId()), null, null)).created());

        asMe(() -> authoring.saveDraft(id, new DraftContent(title + " (revised)", "A new summary.", "None.",
                "<p>Completely new words.</p>", List.of("healing"), List.of("A new question?"), List.of())));
        String versionOne = "SELECT title, summary, body_html FROM psy_module_version WHERE module_id = ? AND version_number = 1";
        assertEquals(List.of(title, "What this is about.", "<p>The body text.</p>"), row(versionOne, id),
                "editing the draft leaves version 1 alone");
        assertEquals(title, asMe(() -> modules.findPublished(id)).orElseThrow().getTitle(), "the library still shows 1");
        assertTrue(AuthoringService.hasUnpublishedChanges(asMe(() -> authoring.draft(id))));

        ModuleVersion second = asMe(() -> authoring.publish(id));
        assertEquals(2, second.getVersionNumber());
        assertEquals(title + " (revised)", asMe(() -> modules.findPublished(id)).orElseThrow().getTitle());
        assertEquals(List.of(title, "What this is about.", "<p>The body text.</p>"), row(versionOne, id));
        assertEquals(List.of(String.valueOf(first.getId())), row("SELECT version_id FROM module_assignment"
                + " WHERE module_id = ? AND client_id = " + client.getId(), id), "the assignment keeps version 1");

        ModuleVersion again = asMe(() -> authoring.publish(id));
        assertEquals(second.getId(), again.getId(), "an unchanged draft makes no version");
        assertEquals(List.of("2"), row("SELECT COUNT(*) FROM psy_module_version WHERE module_id = ?", id));
    }

    @Test
    void theBodyIsSanitisedBeforeItIsStored() throws Exception {
        String title = "Sanitised " + UUID.randomUUID();
        long id = asMe(() -> authoring.create(new DraftContent(title, "S.", "N.", XSS_BODY, List.of("emotions"),
                List.of("Q?"), List.of())));
        String draftBody = row("SELECT body_html FROM psy_module_draft WHERE module_id = ?", id).get(0);
        assertClean(draftBody);

        asMe(() -> authoring.publish(id));
        String versionBody = row("SELECT body_html FROM psy_module_version WHERE module_id = ?", id).get(0);
        assertClean(versionBody);
        assertEquals(draftBody, versionBody);
        assertFalse(row("SELECT body_text FROM psy_module_version WHERE module_id = ?", id).get(0).contains("<"));
    }

    @Test
    void aRefusedDraftNamesEveryProblemAndChangesNothing() throws Exception {
        long id = asMe(() -> authoring.create(new DraftContent("", "", "", "<p><br></p>", List.of(), List.of(),
                List.of())));
        InvalidDraftException empty = assertThrows(InvalidDraftException.class, () -> asMe(() -> authoring.publish(id)));
        assertEquals(Set.of("title:psychoed.edit.error.titleRequired", "summary:psychoed.edit.error.summaryRequired",
                "contentNote:psychoed.edit.error.contentNoteRequired", "body:psychoed.edit.error.bodyRequired",
                "topics:psychoed.edit.error.topicRequired", "questions:psychoed.edit.error.questionRequired"),
                keys(empty));
        assertEquals(List.of("DRAFT", "0"), row("SELECT m.status, (SELECT COUNT(*) FROM psy_module_version v"
                + " WHERE v.module_id = m.id) FROM psy_module m WHERE m.id = ?", id));

        DraftContent tooMuch = new DraftContent("t".repeat(ModuleDraft.TITLE_MAX + 1), "s", "n", "<p>b</p>",
                List.of("emotions", "astrology"), List.of("1", "2", "3", "4", "5", "6"),
                List.of("x".repeat(ModuleDraft.SOURCE_MAX + 1)));
        InvalidDraftException refused = assertThrows(InvalidDraftException.class,
                () -> asMe(() -> authoring.saveDraft(id, tooMuch)));
        assertEquals(Set.of("title:psychoed.edit.error.tooLong", "topics:psychoed.edit.error.unknownTopic",
                "questions:psychoed.edit.error.tooManyQuestions", "sources:psychoed.edit.error.sourceTooLong"),
                keys(refused));
        assertTrue(refused.problems().contains(new DraftProblem("title", "psychoed.edit.error.tooLong",
                ModuleDraft.TITLE_MAX)));
        assertTrue(refused.problems().contains(new DraftProblem("questions", "psychoed.edit.error.tooManyQuestions",
                ModuleDraft.MAX_QUESTIONS)));
        assertEquals("", row("SELECT title FROM psy_module_draft WHERE module_id = ?", id).get(0),
                "the refused save changed nothing");
        assertThrows(InvalidDraftException.class, () -> asMe(() -> authoring.create(tooMuch)));
    }

    @Test
    void anotherCliniciansModuleIsNotFoundAndTheAttemptIsAudited() throws Exception {
        Account other = testData.staff(Role.CLINICIAN);
        long theirs = otherAuthor.draft(other, content("Theirs " + UUID.randomUUID()));
        List<Callable<?>> attempts = List.of(
                () -> authoring.draft(theirs),
                () -> authoring.saveDraft(theirs, content("Mine now")),
                () -> authoring.publish(theirs),
                () -> {
                    authoring.archive(theirs);
                    return null;
                },
                () -> {
                    authoring.restore(theirs);
                    return null;
                },
                () -> authoring.duplicate(theirs));
        for (Callable<?> attempt : attempts) {
            assertThrows(NotFoundException.class, () -> asMe(attempt));
        }
        assertFalse(asMe(authoring::myModules).stream().anyMatch(d -> d.getId() == theirs));
        assertEquals(List.of(String.valueOf(attempts.size())), row("SELECT COUNT(*) FROM audit_event"
                + " WHERE action = 'ACCESS_DENIED' AND outcome = 'DENIED' AND target_type = 'MODULE' AND target_id = ?",
                theirs));
        assertTrue(row("SELECT title FROM psy_module_draft WHERE module_id = ?", theirs).get(0).startsWith("Theirs "),
                "nothing of theirs changed");
        assertEquals(List.of("DRAFT"), row("SELECT status FROM psy_module WHERE id = ?", theirs));
    }

    @Test
    void draftsStayOutOfTheLibraryUntilPublishedAndArchivingTakesThemOut() throws Exception {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "");
        long id = asMe(() -> authoring.create(content("Library " + word)));
        assertEquals(0, asMe(() -> modules.library(word, null, 0, 10)).total());
        assertTrue(asMe(() -> modules.findPublished(id)).isEmpty());

        asMe(() -> authoring.publish(id));
        assertEquals(1, asMe(() -> modules.library(word, null, 0, 10)).total());

        asMe(() -> {
            authoring.archive(id);
            return null;
        });
        assertEquals(0, asMe(() -> modules.library(word, null, 0, 10)).total());
        assertTrue(asMe(() -> modules.findPublished(id)).isEmpty());
        assertEquals(List.of("ARCHIVED"), row("SELECT status FROM psy_module WHERE id = ?", id));

        asMe(() -> {
            authoring.restore(id);
            return null;
        });
        assertEquals(1, asMe(() -> modules.library(word, null, 0, 10)).total());
    }

    @Test
    void duplicatingALibraryModuleMakesAPrivateDraftOfItsText() throws Exception {
        long helpNow = Long.parseLong(row("SELECT id FROM psy_module WHERE slug = ?", "help-now").get(0));
        long copy = asMe(() -> authoring.duplicate(helpNow));
        ModuleDraft draft = asMe(() -> authoring.draft(copy));
        ModuleVersion original = asMe(() -> modules.findPublished(helpNow)).orElseThrow();
        assertEquals(original.getTitle(), draft.getTitle());
        assertEquals(original.getBodyHtml(), draft.getBodyHtml());
        assertEquals(original.getQuestions(), draft.getQuestions());
        assertEquals(List.of("CUSTOM", "DRAFT", String.valueOf(testData.runAsClinician().getId())),
                row("SELECT origin, status, owner_id FROM psy_module WHERE id = ?", copy));
        assertTrue(asMe(() -> modules.findPublished(copy)).isEmpty());
    }

    @Test
    void onlyClinicansMayAuthor() {
        assertThrows(EJBAccessException.class, () -> authoring.myModules());
        assertThrows(EJBAccessException.class, () -> authoring.create(content("Anonymous")));
    }

    /**
     * The pages over HTTP: the demo clinician writes a module in the editor and previews it; the other demo clinician
     * finds neither the editor nor the preview of it, nor the library page until it is published; a client and the
     * admin find none of the new pages.
     */
    @Test
    @RunAsClient
    void thePagesAnswerOnlyTheAuthor() {
        WebClient author = signedIn(DemoAccount.CLINICIAN);
        assertEquals(200, author.get("clinician/modules.xhtml").statusCode());
        HttpResponse<String> editor = author.get("clinician/module-edit.xhtml");
        assertEquals(200, editor.statusCode());

        String title = "Over HTTP " + UUID.randomUUID();
        Map<String, String> form = editorForm(editor.body(), "editForm:save", title);
        HttpResponse<String> saved = author.postAjax("clinician/module-edit.xhtml", form);
        Matcher created = REDIRECT_ID.matcher(saved.body());
        assertTrue(created.find(), saved.body());
        String id = created.group(1);

        HttpResponse<String> edit = author.get("clinician/module-edit.xhtml?id=" + id);
        assertEquals(200, edit.statusCode());
        assertTrue(edit.body().contains(title), edit.body());
        assertTrue(author.get("clinician/modules.xhtml").body().contains(title));
        HttpResponse<String> preview = author.get("clinician/draft-preview.xhtml?id=" + id);
        assertEquals(200, preview.statusCode());
        Matcher body = MODULE_BODY.matcher(preview.body());
        assertTrue(body.find(), preview.body());
        assertTrue(body.group(1).contains("Harmless words stay."), body.group(1));
        assertTrue(body.group(1).contains("<ul><li>first point</li><li>second point</li></ul>"), body.group(1));
        for (String active : ACTIVE) {
            assertFalse(body.group(1).toLowerCase(Locale.ROOT).contains(active), () -> active + " in " + body.group(1));
        }

        for (String malformed : List.of("abc", "-1", "0", "99999999999999", "1%20OR%201=1")) {
            assertEquals(404, author.get("clinician/module-edit.xhtml?id=" + malformed).statusCode(), malformed);
            assertEquals(404, author.get("clinician/draft-preview.xhtml?id=" + malformed).statusCode(), malformed);
        }
        assertEquals(404, author.get("clinician/draft-preview.xhtml").statusCode());

        WebClient colleague = signedIn(DemoAccount.OTHER_CLINICIAN);
        assertEquals(200, colleague.get("clinician/modules.xhtml").statusCode());
        assertFalse(colleague.get("clinician/modules.xhtml").body().contains(title));
        assertEquals(404, colleague.get("clinician/module-edit.xhtml?id=" + id).statusCode());
        assertEquals(404, colleague.get("clinician/draft-preview.xhtml?id=" + id).statusCode());
        assertEquals(404, colleague.get("clinician/module.xhtml?id=" + id).statusCode(), "a draft is not in the library");

        HttpResponse<String> editAgain = author.get("clinician/module-edit.xhtml?id=" + id);
        HttpResponse<String> published = author.postAjax("clinician/module-edit.xhtml?id=" + id,
                editorForm(editAgain.body(), "editForm:publish", title));
        assertTrue(published.body().contains("Published as version 1"), published.body());
        HttpResponse<String> inLibrary = colleague.get("clinician/module.xhtml?id=" + id);
        assertEquals(200, inLibrary.statusCode(), "published, it is in everyone's library");
        assertTrue(inLibrary.body().contains(title));
        assertEquals(404, colleague.get("clinician/module-edit.xhtml?id=" + id).statusCode(), "but still not theirs to edit");

        for (DemoAccount other : List.of(DemoAccount.CLIENT, DemoAccount.ADMIN)) {
            WebClient outsider = signedIn(other);
            for (String page : List.of("clinician/modules.xhtml", "clinician/module-edit.xhtml",
                    "clinician/module-edit.xhtml?id=" + id, "clinician/draft-preview.xhtml?id=" + id)) {
                assertEquals(404, outsider.get(page).statusCode(), other + " " + page);
            }
        }
        WebClient anonymous = new WebClient(URI.create(base.toString()));
        assertEquals(302, anonymous.get("clinician/module-edit.xhtml?id=" + id).statusCode(), "sign-in first");
    }

    private WebClient signedIn(DemoAccount account) {
        WebClient web = new WebClient(URI.create(base.toString()));
        assertEquals(302, web.signIn(account.email, account.password).statusCode(), account.name());
        return web;
    }

    /** The editor's form as PrimeFaces posts it when {@code button} is pressed (the confirm dialog is the browser's). */
    private static Map<String, String> editorForm(String page, String button, String title) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", button);
        form.put("jakarta.faces.partial.execute", "editForm");
        form.put("jakarta.faces.partial.render", "editForm");
        form.put(button, button);
        form.put("editForm", "editForm");
        form.put("editForm:title", title);
        form.put("editForm:summary", "A module written over HTTP.");
        form.put("editForm:contentNote", "Nothing difficult.");
        form.put("editForm:body_input", XSS_BODY);
        form.put("editForm:topics", "healing");
        form.put("editForm:questions", "What stays with you?\nWhat would you try?");
        form.put("editForm:sources", "A. Author, A Book (2020)");
        form.put("jakarta.faces.ViewState", find(VIEW_STATE, page));
        form.put("primefaces.nonce", find(NONCE, page));
        return form;
    }

    private static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertTrue(matcher.find(), () -> pattern + " not in " + html);
        return matcher.group(1);
    }

    private static DraftContent content(String title) {
        return new DraftContent(title, "What this is about.", "Mentions of difficult feelings.", "<p>The body text.</p>",
                List.of("emotions"), List.of("What did you notice?"), List.of("A. Author, A Book (2020)"));
    }

    private static Set<String> keys(InvalidDraftException refused) {
        return refused.problems().stream().map(p -> p.field() + ":" + p.messageKey()).collect(Collectors.toSet());
    }

    private static void assertClean(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        for (String active : ACTIVE) {
            assertFalse(lower.contains(active), () -> active + " stored: " + html);
        }
        assertTrue(html.contains("<p>Harmless words stay.</p>"), html);
        assertTrue(html.contains("<ul><li>first point</li><li>second point</li></ul>"), html);
        assertTrue(html.contains("a link"), html);
    }

    private <T> T asMe(Callable<T> work) throws Exception {
        testData.runAsClinician();
        return asClinician.call(work);
    }

    private List<String> row(String sql, Object parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), sql);
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    row.add(r.getString(i));
                }
                assertFalse(r.next(), "more than one row: " + sql);
                return row;
            }
        }
    }
}
