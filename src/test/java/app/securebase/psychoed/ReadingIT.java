package app.securebase.psychoed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.platform.DatabaseMigration;
import app.securebase.practice.NotFoundException;
import app.securebase.security.AccountService;
import app.securebase.testsupport.AsClient;
import app.securebase.testsupport.AsClinician;
import app.securebase.testsupport.DemoAccount;
import app.securebase.testsupport.Deployments;
import app.securebase.testsupport.TestData;
import app.securebase.testsupport.WebClient;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A client's reading on the real WAR, driven as a browser drives it: opening a module remembers where the client
 * is, answers are saved once per change and refused when too long, marking read freezes them, and anything that is
 * not the client's own assignment (someone else's, withdrawn, made up) answers 404 and is audited as denied.
 *
 * <p>Mostly over HTTP, signed in as a client made for each test, so the pages, their ajax saves and the service are
 * tested together; the test runs in the container to make its data with {@link ReadingFixtures} and read the
 * database. What no page can send (a question that does not exist) is checked on the service, as the run-as client.
 */
@ExtendWith(ArquillianExtension.class)
class ReadingIT extends AssignmentChecks {

    private static final Pattern BACK_LINK = Pattern.compile("<a [^>]*id=\"backLink\"[^>]*>");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final Pattern SAVED = Pattern.compile("Saved at \\d\\d:\\d\\d");

    @Deployment
    static WebArchive deployment() {
        // The assignment checks run here too, on this one deployment (one Micro boot).
        return Deployments.realWarWithRunAs(ReadingIT.class, AssignmentChecks.class, ReadingFixtures.class,
                TestData.class, WebClient.class, DemoAccount.class);
    }

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    ReadingService reading;

    @Inject
    ReadingFixtures fixtures;

    @Inject
    TestData testData;

    @Inject
    AccountService accounts;

    @Inject
    AsClient asClient;

    @Inject
    AsClinician asClinician;

    /** The test's own request: the address of the server it runs in, for the HTTP checks. */
    @Inject
    HttpServletRequest request;

    private String me;
    private WebClient client;

    /** A new client on the run-as clinician's caseload, signed in. */
    @BeforeEach
    void signInAsANewClient() {
        me = testData.clientOf(testData.runAsClinician()).getEmail();
        client = new WebClient(baseUri());
        assertEquals(302, client.signIn(me, TestData.PASSWORD).statusCode());
    }

    @Test
    void theServiceActsForTheRunAsClientAndRefusesWhatTheWebPageCannotSend() throws Exception {
        testData.runAsClient();
        assertEquals(TestData.RUN_AS_CLIENT, asClient.call(() -> accounts.me().getEmail()));
        long id = fixtures.assign(TestData.RUN_AS_CLIENT, null, null);
        Instant saved = asClient.call(() -> reading.saveAnswer(id, 0, "Same words."));
        Instant again = asClient.call(() -> reading.saveAnswer(id, 0, "Same words."));
        // Seconds: MariaDB, reported to EclipseLink as MySQL 5.5, stores no fractions of a second.
        assertEquals(saved.truncatedTo(ChronoUnit.SECONDS), again.truncatedTo(ChronoUnit.SECONDS), "a retried save");
        assertEquals(1, fixtures.answers(id).size());

        AssignmentRefusedException tooLong = assertThrows(AssignmentRefusedException.class, () -> asClient.call(
                () -> reading.saveAnswer(id, 1, "x".repeat(ReflectionAnswer.ANSWER_MAX + 1))));
        assertEquals("psychoed.reader.error.answerTooLong", tooLong.messageKey());
        int questions = fixtures.questionCount(id);
        assertThrows(NotFoundException.class, () -> asClient.call(() -> reading.saveAnswer(id, questions, "x")));
        assertThrows(NotFoundException.class, () -> asClient.call(() -> reading.saveAnswer(id, -1, "x")));
        assertEquals(1, fixtures.answers(id).size());

        asClient.call(() -> {
            reading.markRead(id);
            return null;
        });
        Instant readAt = fixtures.find(id).getReadAt();
        asClient.call(() -> {
            reading.markRead(id);
            return null;
        });
        assertEquals(readAt, fixtures.find(id).getReadAt(), "marking again changes nothing");

        long someoneElses = fixtures.assign(me, null, null);
        assertThrows(NotFoundException.class, () -> asClient.call(() -> reading.open(someoneElses, 0)));
        assertEquals(1, deniedAttempts(someoneElses));
    }

    @Test
    void theServiceIsForClientsOnly() {
        long id = fixtures.assign(me, null, null);
        assertThrows(EJBAccessException.class, () -> reading.myReading(), "signed out");
        assertThrows(EJBAccessException.class, () -> reading.open(id, 0));
        assertThrows(EJBAccessException.class, () -> asClinician.call(() -> reading.saveAnswer(id, 0, "text")));
        assertThrows(EJBAccessException.class, () -> asClinician.call(() -> {
            reading.markRead(id);
            return null;
        }));
        assertNull(fixtures.find(id).getFirstOpenedAt());
    }

    @Test
    void openingRecordsFirstAndLastOpenedAndTheSectionAndReturnsThere() throws Exception {
        long id = fixtures.assign(me, "Take your time with this one.", LocalDate.now().plusDays(7));
        assertEquals(ReadingStatus.ASSIGNED, fixtures.find(id).getStatus());
        HttpResponse<String> list = client.get("client/reading.xhtml");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("data-assignment=\"" + id + "\""), list.body());
        assertTrue(list.body().contains("Take your time with this one."), "the clinician's note");

        HttpResponse<String> first = client.get("client/read.xhtml?a=" + id);
        assertEquals(200, first.statusCode());
        assertTrue(first.body().contains("Take your time with this one."), "the note on the first section");
        assertFalse(first.body().contains("id=\"resumeNotice\""), "nothing to resume yet");
        ModuleAssignment opened = fixtures.find(id);
        assertNotNull(opened.getFirstOpenedAt());
        assertEquals(opened.getFirstOpenedAt(), opened.getLastOpenedAt());
        assertEquals(0, opened.getLastSection());
        assertEquals(ReadingStatus.OPENED, opened.getStatus());

        Thread.sleep(1100); // stored times may have whole seconds only (MariaDB)
        assertEquals(200, client.get("client/read.xhtml?a=" + id + "&s=2").statusCode());
        ModuleAssignment moved = fixtures.find(id);
        assertEquals(opened.getFirstOpenedAt(), moved.getFirstOpenedAt(), "first opened stays");
        assertTrue(moved.getLastOpenedAt().isAfter(opened.getLastOpenedAt()));
        assertEquals(2, moved.getLastSection());

        HttpResponse<String> back = client.get("client/read.xhtml?a=" + id);
        assertTrue(back.body().contains("id=\"resumeNotice\""), "picking up where they left off");
        assertTrue(back.body().contains("Section 3 of " + fixtures.sectionCount(id)), back.body());
        assertFalse(back.body().contains("Take your time with this one."), "the note is on the first section");
        assertEquals(2, fixtures.find(id).getLastSection());

        client.get("client/read.xhtml?a=" + id + "&s=9999");
        assertEquals(fixtures.sectionCount(id) - 1, fixtures.find(id).getLastSection(), "kept within the module");
        client.get("client/read.xhtml?a=" + id + "&s=abc");
        assertEquals(fixtures.sectionCount(id) - 1, fixtures.find(id).getLastSection(), "a malformed section resumes");
    }

    @Test
    void answersAreSavedOncePerChangeAndKeptWithinTheLimit() {
        long id = fixtures.assign(me, null, null);
        OpenReader page = new OpenReader(id);
        assertTrue(page.body.contains("id=\"answersForm\""), "the last section has the answers");
        assertTrue(page.body.contains("break.xhtml?a=" + id + "&amp;s="), "take a break links back here");

        HttpResponse<String> saved = page.type(0, "It helped to read this.");
        assertEquals(200, saved.statusCode());
        assertTrue(SAVED.matcher(saved.body()).find(), saved.body());
        List<ReflectionAnswer> rows = fixtures.answers(id);
        assertEquals(1, rows.size());
        Instant savedAt = rows.get(0).getSavedAt();

        assertTrue(SAVED.matcher(page.type(0, "It helped to read this.").body()).find());
        rows = fixtures.answers(id);
        assertEquals(1, rows.size(), "the same text again adds no row");
        assertEquals(savedAt, rows.get(0).getSavedAt(), "and keeps its time");
        page.type(1, "");
        assertEquals(1, fixtures.answers(id).size(), "an empty box that never held an answer stores nothing");

        page.type(0, "It helped, and it was hard.");
        assertEquals("It helped, and it was hard.", fixtures.answers(id).get(0).getAnswer());
        assertFalse(savedAt.isAfter(fixtures.answers(id).get(0).getSavedAt()));

        // The box holds at most ANSWER_MAX characters and PrimeFaces cuts a longer submission to that on the server.
        page.type(1, "x".repeat(ReflectionAnswer.ANSWER_MAX + 1));
        assertEquals(ReflectionAnswer.ANSWER_MAX, fixtures.answers(id).get(1).getAnswer().length());

        HttpResponse<String> reopened = client.get("client/read.xhtml?a=" + id + "&s=99");
        assertTrue(reopened.body().matches("(?s).*>\\n?It helped, and it was hard\\.</textarea>.*"), reopened.body());
    }

    @Test
    void markingReadFreezesTheAnswersAndMarkingAgainChangesNothing() {
        long id = fixtures.assign(me, null, null);
        OpenReader earlier = new OpenReader(id);
        earlier.type(0, "My answer.");
        OpenReader later = new OpenReader(id);

        later.answers.set(1, "A second answer, saved on finishing.");
        HttpResponse<String> finished = later.finish();
        assertTrue(finished.body().contains("Thank you for taking the time"), finished.body());
        ModuleAssignment read = fixtures.find(id);
        assertEquals(ReadingStatus.READ, read.getStatus());
        assertNotNull(read.getReadAt());
        assertEquals(List.of("My answer.", "A second answer, saved on finishing."),
                fixtures.answers(id).stream().map(ReflectionAnswer::getAnswer).toList());

        HttpResponse<String> refused = earlier.type(0, "Changed in another tab.");
        assertTrue(refused.body().contains("This module is marked as read"), refused.body());
        assertEquals("My answer.", fixtures.answers(id).get(0).getAnswer());
        HttpResponse<String> again = earlier.finish();
        assertTrue(again.body().contains("Thank you for taking the time"), again.body());
        assertEquals(read.getReadAt(), fixtures.find(id).getReadAt(), "marking again changes nothing");

        HttpResponse<String> readOnly = client.get("client/read.xhtml?a=" + id + "&s=99");
        assertFalse(readOnly.body().contains("<textarea"), "no answer can change");
        assertTrue(readOnly.body().contains("id=\"finalAnswers\""));
        assertTrue(readOnly.body().contains("My answer."));
        assertTrue(client.get("client/reading.xhtml").body().contains("id=\"completedReading\""));
    }

    @Test
    void anotherClientsWithdrawnOrMadeUpAssignmentIsNotFoundAndAudited() {
        long theirs = fixtures.assign(testData.clientOf(testData.runAsClinician()).getEmail(), "Not for you.", null);
        long withdrawn = fixtures.assign(me, "Taken back.", null);
        fixtures.withdraw(withdrawn);
        long before = deniedAttempts(theirs);

        for (String query : List.of("?a=" + theirs, "?a=" + theirs + "&s=0", "?a=" + withdrawn, "?a=abc",
                "?a=999999999", "?a=-1", "?a=", "", "?a=99999999999999999999")) {
            HttpResponse<String> page = client.get("client/read.xhtml" + query);
            assertEquals(404, page.statusCode(), query);
            assertFalse(page.body().contains("Not for you.") || page.body().contains("Taken back."), query);
        }
        assertEquals(before + 2, deniedAttempts(theirs));
        assertEquals(1, deniedAttempts(withdrawn));
        assertNull(fixtures.find(theirs).getFirstOpenedAt(), "nothing was recorded on it");
        HttpResponse<String> list = client.get("client/reading.xhtml");
        assertFalse(list.body().contains("data-assignment=\"" + theirs + "\""));
        assertFalse(list.body().contains("data-assignment=\"" + withdrawn + "\""));
    }

    @Test
    void otherRolesFindNoClientPagesAndVisitorsAreAskedToSignIn() {
        long id = fixtures.assign(me, null, null);
        URI base = baseUri();
        for (DemoAccount staff : List.of(DemoAccount.CLINICIAN, DemoAccount.ADMIN)) {
            WebClient other = new WebClient(base);
            assertEquals(302, other.signIn(staff.email, staff.password).statusCode());
            for (String page : List.of("client/reading.xhtml", "client/read.xhtml?a=" + id, "client/index.xhtml")) {
                assertEquals(404, other.get(page).statusCode(), staff + " " + page);
            }
        }
        WebClient anonymous = new WebClient(base);
        for (String page : List.of("client/reading.xhtml", "client/read.xhtml?a=" + id)) {
            HttpResponse<String> answer = anonymous.get(page);
            assertEquals(302, answer.statusCode(), page);
            assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"), page);
        }
        assertNull(fixtures.find(id).getFirstOpenedAt());
    }

    @Test
    void theClientHomeSummarisesTheReading() {
        long due = fixtures.assign(me, null, LocalDate.now().plusDays(3));
        fixtures.assign(me, null, null);
        HttpResponse<String> home = client.get("client/index.xhtml");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("2 new modules, nothing in progress."), home.body());
        assertTrue(home.body().contains("client/read.xhtml?a=" + due + "\""), "the next suggested module");
    }

    @Test
    void theBreakPageIsPublicAndLinksBackOnlyWithTheDigitsGiven() {
        WebClient anonymous = new WebClient(baseUri());
        HttpResponse<String> plain = anonymous.get("break.xhtml");
        assertEquals(200, plain.statusCode());
        assertTrue(plain.body().contains("id=\"takeABreakPage\""), plain.body());
        assertTrue(plain.body().contains("id=\"breakCrisisLink\""), "a way to crisis resources");
        assertEquals("index.xhtml", backLink(plain));
        assertTrue(plain.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "no session for a public page");

        assertEquals("client/read.xhtml?a=12&s=3", backLink(anonymous.get("break.xhtml?a=12&s=3")));
        assertEquals("client/read.xhtml?a=12&s=3", backLink(client.get("break.xhtml?a=12&s=3")), "signed in too");
        for (String query : List.of("?a=12", "?s=3", "?a=12&s=x", "?a=https%3A%2F%2Fevil.example&s=1",
                "?a=12%22%3E%3Cscript%3E&s=1", "?a=12&s=1%2F..%2F..%2Fadmin", "?a=1234567890123456789&s=1",
                "?a=12&s=3&a=13")) {
            HttpResponse<String> page = anonymous.get("break.xhtml" + query);
            assertEquals(200, page.statusCode(), query);
            String target = backLink(page);
            assertTrue(target.equals("index.xhtml") || target.equals("client/read.xhtml?a=12&s=3"), query + ": " + target);
            assertFalse(page.body().contains("evil.example") || page.body().contains("12\"><")
                    || page.body().contains("../"), query);
        }
    }

    /**
     * The last section of one assignment's reader, as a browser holds it, posting the ajax requests its answer boxes
     * and its "I've finished reading" button send.
     */
    private final class OpenReader {

        private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
        private static final Pattern UPDATED_VIEW_STATE =
                Pattern.compile("jakarta.faces.ViewState:\\d+\"><!\\[CDATA\\[([^\\]]*)\\]\\]>");
        private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
        private static final Pattern TEXTAREA =
                Pattern.compile("<textarea id=\"answersForm:answers:(\\d+):answer\"[^>]*>([^<]*)</textarea>");

        final String body;
        private final String path;
        private final List<String> answers = new ArrayList<>();
        private final String nonce;
        private String viewState;

        OpenReader(long assignmentId) {
            HttpResponse<String> page = client.get("client/read.xhtml?a=" + assignmentId + "&s=99");
            assertEquals(200, page.statusCode());
            body = page.body();
            path = "client/read.xhtml?a=" + assignmentId + "&s=99";
            viewState = find(VIEW_STATE, body);
            Matcher nonceMatch = NONCE.matcher(body);
            nonce = nonceMatch.find() ? nonceMatch.group(1) : null;
            Matcher boxes = TEXTAREA.matcher(body);
            while (boxes.find()) {
                answers.add(boxes.group(2).replaceFirst("^\\n", ""));
            }
            assertEquals(fixtures.questionCount(assignmentId), answers.size(), "one box per question");
        }

        /** Types into one box and lets its keyup save it, as after the typing pause. */
        HttpResponse<String> type(int position, String text) {
            answers.set(position, text);
            String box = "answersForm:answers:" + position + ":answer";
            Map<String, String> form = form(box, box, "answersForm:answers:" + position + ":status");
            form.put("jakarta.faces.behavior.event", "keyup");
            form.put("jakarta.faces.partial.event", "keyup");
            return post(form);
        }

        HttpResponse<String> finish() {
            Map<String, String> form = form("answersForm:finish", "answersForm",
                    "answersForm:finishedNote answersForm:answersPanel answersForm:finishMessages");
            form.put("answersForm:finish", "answersForm:finish");
            return post(form);
        }

        private Map<String, String> form(String source, String execute, String render) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("jakarta.faces.partial.ajax", "true");
            form.put("jakarta.faces.source", source);
            form.put("jakarta.faces.partial.execute", execute);
            form.put("jakarta.faces.partial.render", render);
            form.put("answersForm", "answersForm");
            for (int i = 0; i < answers.size(); i++) {
                form.put("answersForm:answers:" + i + ":answer", answers.get(i));
            }
            form.put("jakarta.faces.ViewState", viewState);
            if (nonce != null) {
                form.put("primefaces.nonce", nonce);
            }
            return form;
        }

        private HttpResponse<String> post(Map<String, String> form) {
            HttpResponse<String> response = client.postAjax(path, form);
            assertEquals(200, response.statusCode(), response.body());
            Matcher updated = UPDATED_VIEW_STATE.matcher(response.body());
            if (updated.find()) {
                viewState = updated.group(1);
            }
            return response;
        }
    }

    /** The back link's target, relative to the application's root, with {@code &amp;} decoded. */
    private String backLink(HttpResponse<String> page) {
        Matcher link = BACK_LINK.matcher(page.body());
        assertTrue(link.find(), page.body());
        Matcher href = HREF.matcher(link.group());
        assertTrue(href.find(), link.group());
        String context = request.getContextPath() + "/";
        String target = href.group(1).replace("&amp;", "&");
        assertTrue(target.startsWith(context), target);
        return target.substring(context.length());
    }

    private URI baseUri() {
        return URI.create("http://127.0.0.1:" + request.getLocalPort() + request.getContextPath() + "/");
    }

    private static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertTrue(matcher.find(), pattern + " not in page:\n" + html);
        return matcher.group(1);
    }

    private long deniedAttempts(long assignmentId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'ACCESS_DENIED' AND outcome = 'DENIED'"
                        + " AND target_type = 'MODULE_ASSIGNMENT' AND target_id = ?")) {
            s.setLong(1, assignmentId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
