package app.securebase.browser;

import static app.securebase.browser.PageChecks.blockedByThePolicy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.browser.Browser.Session;
import app.securebase.browser.pages.AssignExercisePage;
import app.securebase.browser.pages.ClientHomeworkSection;
import app.securebase.browser.pages.ClinicianNavigation;
import app.securebase.browser.pages.EntryPage;
import app.securebase.browser.pages.ExerciseLibraryPage;
import app.securebase.browser.pages.ExercisePreviewPage;
import app.securebase.browser.pages.LoginPage;
import app.securebase.browser.pages.ReviewEntryPage;
import app.securebase.testsupport.DemoAccount;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Dr. Rivera previews the emotion log, gives Alex the daily check-in for a week and sees the seven occurrences on
 * Alex's page; Alex, in a second browser, sends today's check-in; Dr. Rivera sees the unreviewed badge, reads the
 * entry, writes feedback and marks it reviewed; cancelling one future occurrence and ending the assignment leave the
 * submitted entry as it was. Everything runs under the Content-Security-Policy.
 *
 * <p>The assignments this journey makes are removed afterwards, straight from the database, so that each run starts
 * from the same page. On MySQL/MariaDB that is the shared server's database. An H2 file can be opened by one process
 * only, so with H2 this class starts a server of its own whose H2 lets a second process in ({@code AUTO_SERVER}).
 */
@ExtendWith(Browser.class)
class HomeworkReviewBrowserIT {

    private static final String ALEX = "Alex Morgan";
    private static final String ALEX_EMAIL = "alex@securebase.test";
    private static final String CHECK_IN = "Daily feelings check-in";
    private static final String EMOTION_LOG = "Emotion log";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private static URI server;
    private static String jdbcUrl;

    @RegisterExtension
    static final BeforeAllCallback SERVER = context -> {
        String url = System.getenv("DB_URL");
        if (url != null && url.startsWith("jdbc:h2:file:")) {
            int options = url.indexOf(';');
            Path file = Path.of("target", "homework-review-server-db", "securebase").toAbsolutePath();
            jdbcUrl = "jdbc:h2:file:" + file + (options < 0 ? "" : url.substring(options)) + ";AUTO_SERVER=TRUE";
            server = SharedServer.ownServer(context, "homework-review-server", Map.of("DB_URL", jdbcUrl));
        } else {
            jdbcUrl = url;
            server = SharedServer.baseUri(context);
        }
    };

    private long lastAssignmentBefore;

    @BeforeEach
    void rememberWhereAlexsHomeworkStands() throws SQLException {
        lastAssignmentBefore = number("SELECT COALESCE(MAX(a.id), 0) FROM exercise_assignment a");
    }

    @Test
    void aWeekOfCheckInsIsAssignedSubmittedReviewedAndEnded(Session browser) {
        WebDriver rivera = signIn(browser.driver(), DemoAccount.CLINICIAN.email, DemoAccount.CLINICIAN.password);
        int unreviewedBefore = ClinicianNavigation.unreviewed(rivera);

        // The library, and the emotion log's preview.
        ExerciseLibraryPage library = ClinicianNavigation.openExercises(rivera);
        List<String> titles = library.titles();
        assertTrue(titles.size() >= 10 && titles.containsAll(List.of(EMOTION_LOG, CHECK_IN)), titles.toString());
        assertTrue(library.meta(EMOTION_LOG).contains("About 10 minutes"), library.meta(EMOTION_LOG));
        assertTrue(library.meta(EMOTION_LOG).contains("Emotions"), library.meta(EMOTION_LOG));
        ExercisePreviewPage preview = library.preview(EMOTION_LOG);
        assertEquals(EMOTION_LOG, preview.exerciseTitle());
        assertFalse(preview.instructions().isBlank());
        assertFalse(preview.whyItHelps().isBlank());
        assertTrue(preview.fieldLabels().contains("What did you feel, and how strongly?"), preview.fieldLabels().toString());
        assertTrue(preview.hint("intensity_after").contains("Scale 0–100"), preview.hint("intensity_after"));
        assertTrue(preview.hint("emotions").contains("Up to 5 emotions"), preview.hint("emotions"));
        assertEquals(List.of("Sad", "Mad", "Scared", "Joyful", "Powerful", "Peaceful"), preview.emotionFamilies("emotions"));
        Screenshots.page(rivera, "homework-preview-desktop");
        Screenshots.phone(rivera, () -> Screenshots.page(rivera, "homework-preview-390"));

        // Assigning: a missing client is refused at its field and nothing typed is lost.
        AssignExercisePage assign = preview.backToLibrary().assign(CHECK_IN);
        assertEquals(CHECK_IN, assign.chosenExercise());
        assign.dueTime(23, 30).instructions("A minute each evening, before bed.");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertEquals("7 times, daily at 23:30, from " + DAY.format(today) + " to " + DAY.format(today.plusDays(6))
                + " (in each client’s time zone).", assign.summary());
        assign.assignExpectingProblems();
        assertEquals("Choose at least one client.", assign.fieldError("clients"));
        assertEquals("7", assign.times());
        assertEquals("A minute each evening, before bed.", assign.instructions());
        Screenshots.page(rivera, "homework-assign-desktop");
        Screenshots.phone(rivera, () -> Screenshots.page(rivera, "homework-assign-390"));

        ClientHomeworkSection alex = assign.chooseClient(ALEX).assign();
        assertTrue(alex.pageMessages().contains("“Daily feelings check-in” assigned: 7 occurrences planned."),
                alex.pageMessages());
        long assignment = alex.newestAssignment();
        assertTrue(assignment > lastAssignmentBefore);
        List<Long> week = alex.occurrences(assignment);
        assertEquals(7, week.size(), "seven occurrences on Alex's page");
        assertTrue(alex.assignmentText(assignment).contains("7 times, daily at 23:30"), alex.assignmentText(assignment));
        long todays = week.get(6);
        long lastDay = week.get(0);
        assertEquals("Upcoming", alex.status(lastDay));

        // One future occurrence moved to another day and time, another cancelled.
        long moved = week.get(1);
        LocalDate movedTo = today.plusDays(9);
        String message = alex.move(moved, movedTo, 19, 15);
        assertTrue(message.contains(DAY.format(movedTo)) && message.contains("19:15"), message);
        assertEquals("Upcoming", alex.status(moved));
        assertTrue(alex.dueText(moved).contains("19:15"), alex.dueText(moved));
        // One future occurrence cancelled.
        alex.cancel(lastDay);
        assertEquals("Cancelled", alex.status(lastDay));
        assertFalse(alex.canCancel(lastDay));

        // Alex sends today's check-in from a second browser.
        Session second = browser.another();
        WebDriver alexBrowser = signIn(second.driver(), ALEX_EMAIL, DemoAccount.CLIENT.password);
        alexBrowser.get(server.resolve("client/entry.xhtml?o=" + todays).toString());
        EntryPage entry = new EntryPage(alexBrowser).awaitLoaded();
        entry.choose("mood", "7")
                .toggleEmotionByKeyboard("sad.lonely")
                .rateEmotionByKeyboard("sad.lonely", 40);
        // The page's sticky save bar covers the bottom of the window: bring the choice to the middle first.
        ((JavascriptExecutor) alexBrowser).executeScript(
                "document.querySelector(\"#entryForm [data-field='need']\").scrollIntoView({block: 'center'});");
        entry.choose("need", "Rest");
        entry.awaitSaved();
        entry.submit();
        assertFalse(entry.isEditable());

        // Dr. Rivera sees the badge, reads the entry, writes feedback and marks it reviewed.
        alex = alex.reload();
        assertEquals(unreviewedBefore + 1, ClinicianNavigation.unreviewed(rivera));
        assertEquals((unreviewedBefore + 1) + (unreviewedBefore + 1 == 1 ? " submission to review" : " submissions to review"),
                ClinicianNavigation.unreviewedLabel(rivera));
        assertEquals("Submitted", alex.status(todays));
        assertEquals("Review", alex.reviewLinkText(todays));
        Screenshots.page(rivera, "homework-client-desktop");
        Screenshots.phone(rivera, () -> Screenshots.page(rivera, "homework-client-390"));

        ReviewEntryPage review = alex.review(todays);
        assertTrue(review.isSubmitted());
        Map<String, String> answers = review.answers();
        assertEquals("7 / 10", answers.get("mood"));
        assertEquals("Sad – lonely: 40", answers.get("emotions"));
        assertEquals("Rest", answers.get("need"));
        assertEquals("—", answers.get("note"));
        assertEquals("Overall, how are you doing today?", review.labels().get("mood"));
        review.writeFeedback("   ");
        assertEquals("Write your feedback before saving it.", review.saveFeedback());
        review.writeFeedback("Thank you. Lonely at 40 is worth talking about on Tuesday.");
        assertTrue(review.saveFeedback().startsWith("Feedback saved."));
        assertEquals("Thank you. Lonely at 40 is worth talking about on Tuesday.", review.feedback());
        Screenshots.page(rivera, "homework-review-desktop");
        Screenshots.phone(rivera, () -> Screenshots.page(rivera, "homework-review-390"));
        review.markReviewed().awaitBadge(unreviewedBefore);
        assertEquals("Reviewed", review.status());
        assertFalse(review.canMarkReviewed());

        // Alex opens the entry again and reads the feedback with it.
        alexBrowser.get(server.resolve("client/entry.xhtml?o=" + todays).toString());
        assertEquals(java.util.Optional.of("Thank you. Lonely at 40 is worth talking about on Tuesday."),
                new EntryPage(alexBrowser).awaitLoaded().feedback());

        // Ending the assignment cancels what is still ahead; the reviewed entry stays.
        alex = review.backToClient();
        assertEquals("Reviewed", alex.status(todays));
        assertEquals("Open entry", alex.reviewLinkText(todays));
        assertTrue(alex.canEnd(assignment));
        alex.end(assignment);
        assertTrue(alex.sectionMessages().contains("5 future occurrences cancelled"), alex.sectionMessages());
        assertFalse(alex.canEnd(assignment));
        for (long id : week.subList(0, 6)) {
            assertEquals("Cancelled", alex.status(id));
        }
        assertEquals("Reviewed", alex.status(todays));

        // Another clinician's id, and a malformed one, look like a missing page.
        rivera.get(server.resolve("clinician/entry.xhtml?o=abc").toString());
        assertTrue(rivera.getPageSource().contains("We could not find that page"));
        assertEquals(List.of(), blockedByThePolicy(rivera), "assign, cancel, end, feedback and review ran under the CSP");
        assertEquals(List.of(), blockedByThePolicy(alexBrowser));
    }

    /** Removes what the journey made from a database other runs may share. */
    @AfterEach
    void removeAssignments() throws SQLException {
        try (Connection db = connect()) {
            List<Long> made = numbers(db, "SELECT a.id FROM exercise_assignment a JOIN account c ON a.client_id = c.id"
                    + " WHERE c.email = '" + ALEX_EMAIL + "' AND a.id > " + lastAssignmentBefore);
            for (long id : made) {
                update(db, "DELETE FROM exercise_occurrence WHERE assignment_id = ?", id);
                update(db, "DELETE FROM exercise_assignment WHERE id = ?", id);
            }
        }
    }

    private static WebDriver signIn(WebDriver driver, String email, String password) {
        driver.get(server.resolve("login.xhtml").toString());
        new LoginPage(driver).awaitLoaded().signIn(email, password);
        return driver;
    }

    /** What Chromium's console reports as blocked by the Content-Security-Policy since the last look. */

    private long number(String sql) throws SQLException {
        try (Connection db = connect()) {
            return numbers(db, sql).get(0);
        }
    }

    private static List<Long> numbers(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            List<Long> values = new java.util.ArrayList<>();
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
            return values;
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
    }

    private static void update(Connection db, String sql, long id) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }
}
