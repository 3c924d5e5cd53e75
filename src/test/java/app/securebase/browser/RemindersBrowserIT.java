package app.securebase.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.browser.pages.EntryPage;
import app.securebase.browser.pages.HomePage;
import app.securebase.browser.pages.LoginPage;
import app.securebase.browser.pages.Notifications;
import app.securebase.browser.pages.ReminderChoiceSection;
import app.securebase.browser.pages.ReminderSettingsSection;
import app.securebase.testsupport.DemoAccount;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Reminder emails go out once per client and day: the job runs every two seconds against an SMTP server in this JVM
 * (GreenMail), and after the first email, more runs and then a stop and start of the server (same database) send no
 * second one. A client who turned the emails off in their settings gets none. The email holds the sign-in link and
 * nothing clinical. In Chromium the admin turns reminders on, a client opts out, and Jordan finds what is waiting in
 * the header and opens it.
 *
 * <p>The server is this class's own (it needs SMTP and a fast job period); it boots twice. Its database is an H2 file
 * of its own that this JVM can open too ({@code AUTO_SERVER}), or with {@code -Pmysql} the shared test database. Either
 * may hold an earlier run, so the reminder state of the demo clients is reset before the first boot and after the
 * class, and the homework this class adds is removed.
 */
class RemindersBrowserIT {

    private static final String NAME = "reminders-server";
    private static final String PUBLIC_URL = "https://practice.example.org";
    private static final String PRACTICE = "Riverside Counselling";
    private static final String JORDAN = DemoAccount.CLIENT.email;
    private static final String ALEX = "alex@securebase.test";
    private static final String TAYLOR = "taylor@securebase.test";
    private static final String RUN_LINE = "Reminder run: ";
    private static final Duration EMAIL_WAIT = Duration.ofSeconds(60);

    private static GreenMail smtp;
    private static String jdbcUrl;
    private static Map<String, String> environment;
    private static ExtensionContext serverContext;
    private static URI server;
    private static final List<Long> addedOccurrences = new ArrayList<>();
    private static final List<Long> addedAssignments = new ArrayList<>();

    @RegisterExtension
    static final BeforeAllCallback SERVER = context -> {
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Map<String, String> env = new HashMap<>();
        String url = System.getenv("DB_URL");
        if (url != null && url.startsWith("jdbc:h2:file:")) {
            int options = url.indexOf(';');
            Path file = Path.of("target", NAME + "-db", "securebase").toAbsolutePath();
            jdbcUrl = "jdbc:h2:file:" + file + (options < 0 ? "" : url.substring(options)) + ";AUTO_SERVER=TRUE";
            env.put("DB_URL", jdbcUrl);
        } else {
            jdbcUrl = url;
        }
        resetReminders();
        env.put("SECUREBASE_MAIL_HOST", "127.0.0.1");
        env.put("SECUREBASE_MAIL_PORT", String.valueOf(smtp.getSmtp().getPort()));
        env.put("SECUREBASE_MAIL_STARTTLS", "false");
        env.put("SECUREBASE_MAIL_FROM", "SecureBase <no-reply@practice.example.org>");
        env.put("SECUREBASE_PUBLIC_URL", PUBLIC_URL);
        env.put("SECUREBASE_PRACTICE_NAME", PRACTICE);
        env.put("SECUREBASE_REMINDERS_PERIOD", "PT2S");
        environment = Map.copyOf(env);
        serverContext = context;
        server = SharedServer.ownServer(context, NAME, environment);
    };

    @AfterAll
    static void tidyUp() throws SQLException {
        try (Connection db = connect()) {
            for (long id : addedOccurrences) {
                update(db, "DELETE FROM exercise_occurrence WHERE id = " + id);
            }
            for (long id : addedAssignments) {
                update(db, "DELETE FROM exercise_occurrence WHERE assignment_id = " + id);
                update(db, "DELETE FROM exercise_assignment WHERE id = " + id);
            }
        } finally {
            try {
                resetReminders();
            } finally {
                if (smtp != null) {
                    smtp.stop();
                }
            }
        }
    }

    @Test
    void oneEmailADayAcrossRunsAndARestartNoneWhenOptedOutAndTheHeaderShowsWhatIsWaiting() throws Exception {
        long jordan = accountId(JORDAN);
        long auditBefore = number("SELECT COALESCE(MAX(id), 0) FROM audit_event");
        long alex = accountId(ALEX);
        long jordansOverdue = addOverdueOccurrence(jordan, jordansAssignment(jordan));
        addOverdueOccurrence(alex, assignmentLike(jordansAssignment(jordan), alex));
        // Taylor's reminder for today was claimed by a run that never finished (a server stopped mid-send): it may have
        // gone out, so it is never sent again. Jordan's first try today was refused by the SMTP server: a later run
        // tries again.
        long taylor = accountId(TAYLOR);
        addOverdueOccurrence(taylor, assignmentLike(jordansAssignment(jordan), taylor));
        storeDelivery(taylor, "CLAIMED", 1);
        storeDelivery(jordan, "FAILED", 1);
        List<String> jordansExercises = strings("SELECT DISTINCT v.title FROM exercise_assignment a"
                + " JOIN exercise_version v ON a.version_id = v.id WHERE a.client_id = " + jordan);
        assertFalse(jordansExercises.isEmpty());

        WebDriver browser = Browser.startChromium();
        try {
            // Alex turns reminder emails off; they are on until a client says otherwise.
            signIn(browser, ALEX, DemoAccount.CLIENT.password);
            browser.get(server.resolve("account/settings.xhtml").toString());
            ReminderChoiceSection choice = new ReminderChoiceSection(browser).awaitLoaded();
            assertTrue(choice.isOn(), "on by default");
            screenshot(browser, "reminders-account-desktop");
            assertEquals("Reminder emails are off. You will still see what is waiting when you sign in.",
                    choice.choose(false));
            assertFalse(number("SELECT COUNT(*) FROM account WHERE id = " + alex + " AND email_reminders = TRUE") > 0);
            new HomePage(browser).signOut();

            // The admin turns reminders on from midnight, on each client's own clock: already past for everyone.
            signIn(browser, DemoAccount.ADMIN.email, DemoAccount.ADMIN.password);
            browser.get(server.resolve("admin/settings.xhtml").toString());
            ReminderSettingsSection settings = new ReminderSettingsSection(browser).awaitLoaded();
            assertFalse(settings.warnsNoMail(), "this server has SMTP");
            assertFalse(settings.isEnabled(), "off until an admin turns it on");
            assertEquals("Reminder settings saved.", settings.save(true, 0));
            assertTrue(settings.isEnabled());
            assertEquals("00:00", settings.hour());
            screenshot(browser, "reminders-settings-desktop");
            new HomePage(browser).signOut();

            // Jordan's email: the sign-in link, the practice, how to stop them; no exercise, no name.
            awaitEmails(JORDAN, 1);
            MimeMessage email = to(JORDAN).get(0);
            String body = email.getContent().toString();
            assertEquals("Something is waiting for you in SecureBase", email.getSubject());
            assertTrue(body.contains(PUBLIC_URL + "/login.xhtml"), body);
            assertTrue(body.contains(PRACTICE), body);
            assertTrue(body.contains("Email me when something is waiting"), body);
            for (String title : jordansExercises) {
                assertFalse(body.contains(title), "no exercise title in the email: " + title);
            }
            assertFalse(body.contains("Jordan"), body);

            // More runs the same day: still one.
            awaitRuns(runsLogged() + 2);
            assertEquals(1, to(JORDAN).size(), "one email however often the job runs");
            assertEquals(0, to(ALEX).size(), "Alex turned them off");
            assertEachRecipientOnce();
            assertEquals(0, to(TAYLOR).size(), "a claim that never finished is never sent again");
            assertEquals(1, number("SELECT COUNT(*) FROM reminder_delivery WHERE client_id = " + jordan
                    + " AND status = 'SENT' AND attempts = 2"), "the failed first try, then the one that went out");
            assertThrows(SQLException.class, () -> storeDelivery(jordan, "CLAIMED", 1),
                    "the database itself refuses a second claim of the same client and day (two runs racing)");
            assertTrue(log().contains("Reminder sent to client " + jordan + " for "), "logged by client id");
            assertTrue(log().lines().filter(line -> line.contains("Reminder") || line.contains("Mail sent"))
                    .noneMatch(line -> line.contains(JORDAN)), "reminder log lines never hold the address");

            // Stop, start again on the same database, let the job run a few times: still one.
            server = SharedServer.restartOwnServer(serverContext, NAME, environment);
            awaitRuns(2);
            assertEquals(1, to(JORDAN).size(), "no second email after a restart");
            assertEquals(0, to(ALEX).size());
            assertEachRecipientOnce();
            assertFalse(log().contains("Reminder sent to client " + jordan + " "), "nothing sent after the restart");
            assertEquals(1, number("SELECT COUNT(*) FROM audit_event WHERE id > " + auditBefore
                    + " AND action = 'REMINDER_SENT' AND target_type = 'CLIENT' AND target_id = " + jordan
                    + " AND actor_name = 'system' AND actor_account_id IS NULL"), "audited once, the system as actor");

            // In the app, Jordan's header says what is waiting and links to each entry.
            signIn(browser, JORDAN, DemoAccount.CLIENT.password);
            Notifications notifications = new Notifications(browser).awaitLoaded();
            List<Long> waiting = waitingFor(jordan);
            assertEquals(waiting.size(), notifications.count());
            assertEquals(waiting.size() == 1 ? "1 thing waiting for you" : waiting.size() + " things waiting for you",
                    notifications.label());
            assertFalse(notifications.isOpen());
            notifications.open();
            assertEquals("Ready when you are", notifications.heading());
            screenshot(browser, "reminders-notifications-desktop");
            browser.manage().window().setSize(new Dimension(390, 844));
            screenshot(browser, "reminders-notifications-390");
            browser.manage().window().setSize(new Dimension(1280, 900));
            assertEquals(waiting.subList(0, Math.min(5, waiting.size())), notifications.occurrences());
            if (notifications.occurrences().contains(jordansOverdue)) {
                String when = notifications.when(jordansOverdue);
                assertTrue(when.matches("From \\w{3} \\d{1,2} \\w{3} \\d{4}, still there whenever you are ready"),
                        when);
            }
            long first = notifications.occurrences().get(0);
            EntryPage entry = notifications.openItem(first);
            assertEquals(first, entry.occurrenceId());
        } finally {
            browser.quit();
        }
    }

    // ------------------------------------------------------------------ the server's log and the mailbox

    private static String log() throws IOException {
        return Files.readString(Path.of("target", NAME + ".log"));
    }

    private static int runsLogged() throws IOException {
        return log().split(RUN_LINE, -1).length - 1;
    }

    private static void awaitRuns(int runs) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(EMAIL_WAIT);
        while (runsLogged() < runs) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the reminder job did not log " + runs + " runs within " + EMAIL_WAIT);
            }
            Thread.sleep(250);
        }
    }

    private static void awaitEmails(String recipient, int count) throws InterruptedException, MessagingException {
        Instant deadline = Instant.now().plus(EMAIL_WAIT);
        while (to(recipient).size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no reminder email to " + recipient + " within " + EMAIL_WAIT);
            }
            Thread.sleep(250);
        }
    }

    private static List<MimeMessage> to(String recipient) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            for (Address address : message.getAllRecipients()) {
                if (address.toString().equalsIgnoreCase(recipient)) {
                    found.add(message);
                }
            }
        }
        return found;
    }

    /** Other clients in a shared database may be reminded too, but nobody twice. */
    private static void assertEachRecipientOnce() throws MessagingException {
        List<String> recipients = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            Arrays.stream(message.getAllRecipients()).map(Address::toString).forEach(recipients::add);
        }
        Map<String, Long> counts = recipients.stream().collect(Collectors.groupingBy(r -> r, Collectors.counting()));
        assertTrue(counts.values().stream().allMatch(n -> n == 1), counts.toString());
    }

    /** Keeps what the window shows under target/screenshots, for a look at the layout. */
    private static void screenshot(WebDriver driver, String name) throws IOException {
        Path dir = Path.of(System.getProperty("securebase.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static void signIn(WebDriver driver, String email, String password) {
        driver.get(server.resolve("login.xhtml").toString());
        new LoginPage(driver).awaitLoaded().signIn(email, password);
    }

    // ------------------------------------------------------------------ data, straight in the database

    /** What the header should list for the client: the same rule, written in SQL here, oldest due first. */
    private static List<Long> waitingFor(long client) throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(
                "SELECT id FROM exercise_occurrence WHERE client_id = ? AND submitted_at IS NULL AND cancelled_at IS NULL AND due_at > ?"
                + " AND available_from <= ? ORDER BY due_at, id")) {
            query.setLong(1, client);
            query.setObject(2, now.minusDays(14));
            query.setObject(3, now);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    /** A delivery row for the client's current local day, as a run would have left it. */
    private static void storeDelivery(long client, String status, int attempts) throws SQLException {
        ZoneId zone = ZoneId.of(strings("SELECT time_zone FROM account WHERE id = " + client).get(0));
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (Connection db = connect(); PreparedStatement insert = db.prepareStatement("INSERT INTO reminder_delivery"
                + " (client_id, local_day, status, attempts, created_at, claimed_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, 0)")) {
            insert.setLong(1, client);
            insert.setObject(2, java.time.LocalDate.now(zone));
            insert.setString(3, status);
            insert.setInt(4, attempts);
            insert.setObject(5, now);
            insert.setObject(6, now);
            insert.executeUpdate();
        }
    }

    private static long jordansAssignment(long jordan) throws SQLException {
        return number("SELECT MIN(id) FROM exercise_assignment WHERE client_id = " + jordan);
    }

    /** A copy of {@code assignment} for {@code client}, removed after the class. */
    private static long assignmentLike(long assignment, long client) throws SQLException {
        try (Connection db = connect(); PreparedStatement insert = db.prepareStatement("INSERT INTO exercise_assignment"
                + " (client_id, assigned_by_id, template_id, version_id, frequency, start_date, due_date, due_time,"
                + " time_zone, created_at, version) SELECT ?, assigned_by_id, template_id, version_id, frequency,"
                + " start_date, due_date, due_time, time_zone, created_at, 0 FROM exercise_assignment WHERE id = ?",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, client);
            insert.setLong(2, assignment);
            insert.executeUpdate();
            long id = generatedKey(insert);
            addedAssignments.add(id);
            return id;
        }
    }

    /** An occurrence due two hours ago (its day began yesterday), not sent: waiting. Removed after the class. */
    private static long addOverdueOccurrence(long client, long assignment) throws SQLException {
        Instant due = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        ZoneId zone = ZoneId.of(strings("SELECT time_zone FROM account WHERE id = " + client).get(0));
        try (Connection db = connect(); PreparedStatement insert = db.prepareStatement("INSERT INTO exercise_occurrence"
                + " (assignment_id, client_id, due_day, due_at, available_from, revision, version)"
                + " VALUES (?, ?, ?, ?, ?, 0, 0)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, assignment);
            insert.setLong(2, client);
            insert.setObject(3, due.atZone(zone).toLocalDate());
            insert.setObject(4, LocalDateTime.ofInstant(due, ZoneOffset.UTC));
            insert.setObject(5, LocalDateTime.ofInstant(due.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant(),
                    ZoneOffset.UTC));
            insert.executeUpdate();
            long id = generatedKey(insert);
            addedOccurrences.add(id);
            return id;
        }
    }

    /**
     * Reminders off, no deliveries for the demo clients, their emails on again: the state a run starts from. A fresh
     * database has no tables yet and nothing to reset.
     */
    private static void resetReminders() throws SQLException {
        try (Connection db = connect()) {
            if (!hasTable(db, "reminder_delivery")) {
                return;
            }
            update(db, "UPDATE practice_setting SET value = 'false' WHERE name = 'reminders.enabled'");
            update(db, "UPDATE practice_setting SET value = '18' WHERE name = 'reminders.hour'");
            update(db, "DELETE FROM reminder_delivery WHERE client_id IN"
                    + " (SELECT id FROM account WHERE email LIKE '%@securebase.test')");
            update(db, "UPDATE account SET email_reminders = TRUE WHERE email LIKE '%@securebase.test'");
        }
    }

    private static boolean hasTable(Connection db, String table) throws SQLException {
        try (ResultSet tables = db.getMetaData().getTables(db.getCatalog(), null, table, null)) {
            if (tables.next()) {
                return true;
            }
        }
        try (ResultSet tables = db.getMetaData().getTables(db.getCatalog(), null, table.toUpperCase(), null)) {
            return tables.next();
        }
    }

    private static long accountId(String email) throws SQLException {
        return number("SELECT id FROM account WHERE email = '" + email + "'");
    }

    private static long number(String sql) throws SQLException {
        try (Connection db = connect(); Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> strings(String sql) throws SQLException {
        try (Connection db = connect(); Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private static long generatedKey(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static void update(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
