package app.securebase.browser;

import static app.securebase.browser.PageChecks.blockedByThePolicy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.browser.Browser.Session;
import app.securebase.browser.pages.BreakPage;
import app.securebase.browser.pages.LoginPage;
import app.securebase.browser.pages.ModuleReaderPage;
import app.securebase.browser.pages.MyReadingPage;
import app.securebase.browser.pages.MyReadingPage.Group;
import app.securebase.testsupport.DemoAccount;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * The demo client reads a module assigned to them: it waits under New, opens, remembers the section they stopped at
 * and their text size, saves their answers as they type, and once marked read keeps them read-only under Completed.
 * Taking a break leads back to the same section.
 *
 * <p>The assignment is written straight into the database, so this journey does not depend on the clinician's
 * assign page. On MySQL/MariaDB that is the shared server's database. An H2 file can be opened by one process only,
 * so with H2 this class starts a server of its own whose H2 lets a second process in ({@code AUTO_SERVER}).
 */
@ExtendWith(Browser.class)
class ReadingBrowserIT {

    private static final String MODULE = "what-is-relational-trauma";

    private static URI server;
    private static String jdbcUrl;

    @RegisterExtension
    static final BeforeAllCallback SERVER = context -> {
        String url = System.getenv("DB_URL");
        if (url != null && url.startsWith("jdbc:h2:file:")) {
            int options = url.indexOf(';');
            Path file = Path.of("target", "reading-server-db", "securebase").toAbsolutePath();
            jdbcUrl = "jdbc:h2:file:" + file + (options < 0 ? "" : url.substring(options)) + ";AUTO_SERVER=TRUE";
            server = SharedServer.ownServer(context, "reading-server", Map.of("DB_URL", jdbcUrl));
        } else {
            jdbcUrl = url;
            server = SharedServer.baseUri(context);
        }
    };

    private final List<Long> assigned = new ArrayList<>();

    @Test
    void theClientReadsAtTheirOwnPaceAndTheirAnswersAreKept(Session browser) {
        String note = "Read this when you feel settled. " + UUID.randomUUID();
        long id = assign(note, LocalDate.now(ZoneOffset.UTC).minusDays(3));
        WebDriver driver = signIn(browser);

        MyReadingPage reading = myReading(driver);
        assertTrue(reading.ids(Group.NEW).contains(id), "a new module waits under New");
        assertTrue(reading.itemText(id).contains(note), "with the clinician's note");
        assertTrue(reading.isPastDate(id), "and a gentle chip once its date has passed");

        ModuleReaderPage reader = reading.open(id);
        assertTrue(reader.position().startsWith("Section 1 of "), reader.position());
        assertTrue(reader.showsClinicianNote(note));
        assertFalse(reader.saysPickingUpWhereLeftOff());
        reader = reader.next();
        assertTrue(reader.position().startsWith("Section 2 of "), reader.position());

        driver.get(server.resolve("client/index.xhtml").toString());
        reading = myReading(driver);
        assertTrue(reading.ids(Group.IN_PROGRESS).contains(id), "now in progress");
        reader = reading.open(id);
        assertTrue(reader.position().startsWith("Section 2 of "), "back where they stopped: " + reader.position());
        assertTrue(reader.saysPickingUpWhereLeftOff());

        double normal = reader.bodyFontSize();
        int step = reader.textStep();
        reader.larger();
        reader = reader.reload();
        assertEquals(step + 1, reader.textStep(), "the text size is remembered");
        assertTrue(reader.bodyFontSize() > normal, reader.bodyFontSize() + " > " + normal);
        reader.smaller();

        while (!reader.isLastSection()) {
            reader = reader.next();
        }
        int questions = reader.questionCount();
        assertTrue(questions > 0, "the last section asks the reflection questions");
        for (int i = 0; i < questions; i++) {
            assertFalse(reader.question(i).isBlank(), "each box is labelled with its question");
            reader.type(i, "My answer to question " + (i + 1) + ".");
            assertTrue(reader.awaitSaved(i).startsWith("Saved at"));
        }
        reader = reader.reload();
        for (int i = 0; i < questions; i++) {
            assertEquals("My answer to question " + (i + 1) + ".", reader.answer(i), "saved as typed");
        }

        reader.type(0, " And one more thought.").finish();
        assertFalse(reader.hasAnswerBoxes(), "marked read, the answers no longer change");
        assertEquals("My answer to question 1. And one more thought.", reader.finalAnswers().get(0),
                "what was typed just before finishing is kept");

        reading = myReading(driver);
        assertTrue(reading.ids(Group.COMPLETED).contains(id), "completed");
        assertFalse(reading.ids(Group.IN_PROGRESS).contains(id));
        reader = reading.open(id);
        while (!reader.isLastSection()) {
            reader = reader.next();
        }
        assertFalse(reader.hasAnswerBoxes());
        assertEquals(questions, reader.finalAnswers().size());
        assertEquals(List.of(), blockedByThePolicy(driver), "autosave, text size and the confirm ran under the CSP");
    }

    @Test
    void takingABreakLeadsBackToTheSameSection(Session browser) {
        long id = assign(null, null);
        WebDriver driver = signIn(browser);
        driver.get(server.resolve("client/read.xhtml?a=" + id + "&s=2").toString());
        ModuleReaderPage reader = new ModuleReaderPage(driver).awaitLoaded();
        assertTrue(reader.position().startsWith("Section 3 of "), reader.position());

        BreakPage pause = reader.takeABreak();
        assertTrue(pause.linksToCrisisResources());
        assertEquals("Back to reading", pause.backLinkText());
        ModuleReaderPage back = pause.backToReading();
        assertTrue(back.position().startsWith("Section 3 of "), back.position());
        assertEquals(List.of(), blockedByThePolicy(driver));
    }

    /** What Chromium's console reports as blocked by the Content-Security-Policy since the last look. */

    /** Removes what the test made, and the text size it may have left, from a database other runs may share. */
    @AfterEach
    void removeAssignments() throws SQLException {
        try (Connection db = connect()) {
            for (long id : assigned) {
                update(db, "DELETE FROM module_answer WHERE assignment_id = ?", id);
                update(db, "DELETE FROM module_assignment WHERE id = ?", id);
            }
            try (PreparedStatement reset = db.prepareStatement(
                    "UPDATE account SET reader_text_step = 0 WHERE email = ?")) {
                reset.setString(1, DemoAccount.CLIENT.email);
                reset.executeUpdate();
            }
        }
    }

    private static WebDriver signIn(Session browser) {
        WebDriver driver = browser.driver();
        driver.get(server.resolve("login.xhtml").toString());
        new LoginPage(driver).awaitLoaded().signIn(DemoAccount.CLIENT.email, DemoAccount.CLIENT.password);
        return driver;
    }

    private static MyReadingPage myReading(WebDriver driver) {
        driver.get(server.resolve("client/reading.xhtml").toString());
        return new MyReadingPage(driver).awaitLoaded();
    }

    /** Gives the demo client the current version of {@link #MODULE} from their clinician, as assigning would. */
    private long assign(String note, LocalDate due) {
        String marker = note != null ? note : "browser test " + UUID.randomUUID();
        try (Connection db = connect(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO module_assignment (client_id, assigned_by_id, module_id, version_id, note, due_date,"
                        + " assigned_at, last_section, version)"
                        + " SELECT c.id, c.clinician_id, m.id, m.current_version_id, ?, ?, ?, 0, 1"
                        + " FROM account c, psy_module m WHERE c.email = ? AND m.slug = ?")) {
            insert.setString(1, marker);
            if (due == null) {
                insert.setNull(2, Types.DATE);
            } else {
                insert.setObject(2, due);
            }
            insert.setObject(3, LocalDateTime.now(ZoneOffset.UTC));
            insert.setString(4, DemoAccount.CLIENT.email);
            insert.setString(5, MODULE);
            assertEquals(1, insert.executeUpdate());
            try (PreparedStatement find = db.prepareStatement("SELECT id FROM module_assignment WHERE note = ?")) {
                find.setString(1, marker);
                try (ResultSet row = find.executeQuery()) {
                    assertTrue(row.next());
                    long id = row.getLong(1);
                    assigned.add(id);
                    if (note == null) {
                        update(db, "UPDATE module_assignment SET note = NULL WHERE id = ?", id);
                    }
                    return id;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
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
