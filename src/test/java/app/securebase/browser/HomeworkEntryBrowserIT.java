package app.securebase.browser;

import static app.securebase.browser.PageChecks.assertFitsTheWidth;
import static app.securebase.browser.PageChecks.blockedByThePolicy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.browser.Browser.Session;
import app.securebase.browser.pages.EntryPage;
import app.securebase.browser.pages.LoginPage;
import app.securebase.browser.pages.TodayPage;
import app.securebase.testsupport.DemoAccount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * The demo client Jordan fills in homework from their demo assignments (DemoHomework): the emotion log, typed into and
 * picked by keyboard, saved as they type, found again exactly after closing the browser and signing in again, refused
 * with a message at the empty required field and nothing lost, then sent, read-only, with a comment. And one daily
 * check-in open in two browsers at once: the second save is reported as a conflict, loses nothing, and "Keep mine"
 * saves it knowingly. Everything runs under the Content-Security-Policy.
 */
@ExtendWith(Browser.class)
class HomeworkEntryBrowserIT {

    private static final String EMOTION_LOG = "Emotion log";
    private static final String CHECK_IN = "Daily feelings check-in";

    @Test
    void theClientFillsInTheEmotionLogAcrossTwoSignInsAndSendsIt(Session browser) throws IOException {
        WebDriver driver = signIn(browser);
        TodayPage today = today(browser);
        assertTrue(today.showsReadingCard(), "Today keeps the reading card");
        shoot(driver, "homework-today");
        long id = today.firstOpen(EMOTION_LOG).orElseThrow(
                () -> new AssertionError("Jordan's demo emotion log is not open on Today (already sent by an earlier run"
                        + " on this database?)"));
        EntryPage entry = today.open(id);
        assertTrue(entry.isEditable());
        shoot(driver, "homework-entry-desktop");

        String day = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        String body = "Tight chest, hot face. " + UUID.randomUUID();
        entry.type("when_date", monthDayYear(day))
                .type("when_time", "0830PM")
                .type("body", body)
                .toggleEmotionByKeyboard("sad.lonely")
                .rateEmotionByKeyboard("sad.lonely", 40)
                .toggleEmotionByKeyboard("mad.frustrated")
                .rateEmotionByKeyboard("mad.frustrated", 70)
                .type("intensity_after", "150");
        // A number beyond the scale's end in its number box: the draft is still saved, this number with it (the
        // slider tied to the box never rejects a draft; the exercise's rules judge the number when it is sent).
        assertTrue(entry.awaitSaved().startsWith("Saved at"), entry.status());
        assertEquals("150", entry.value("intensity_after"));
        // Backspace erases it (PrimeFaces' slider lets only digits through that box; entry.js frees it).
        entry.type("intensity_after", Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE, "25");
        assertEquals("How strong was lonely?", entry.intensityLabel("sad.lonely"));
        assertTrue(entry.awaitSaved().startsWith("Saved at"));

        // Another browser, as after closing this one (or on another device): the draft is there exactly as saved.
        Session second = browser.another();
        signIn(second);
        entry = today(second).open(id);
        assertEquals(day, entry.value("when_date"));
        assertEquals("20:30", entry.value("when_time"));
        assertEquals(body, entry.value("body"));
        assertTrue(entry.isEmotionChosen("sad.lonely") && entry.isEmotionChosen("mad.frustrated"));
        assertFalse(entry.isEmotionChosen("sad"));
        assertEquals("40", entry.emotionIntensity("sad.lonely"));
        assertEquals("70", entry.emotionIntensity("mad.frustrated"));
        assertEquals("25", entry.value("intensity_after"));
        assertEquals("", entry.value("situation"));

        WebDriver phone = second.driver();
        phone.manage().window().setSize(new Dimension(390, 844));
        entry = entry.reload();
        shoot(phone, "homework-entry-390");
        assertFitsTheWidth(phone);
        phone.manage().window().setSize(new Dimension(1280, 900));

        // The situation is needed: the submit is refused at that field, and everything stays.
        entry.submitExpectingProblems();
        shoot(phone, "homework-entry-problems");
        assertTrue(entry.problemSummary().contains("What was happening?"), entry.problemSummary());
        assertEquals("Please answer this question.", entry.fieldError("situation"));
        assertTrue(entry.isMarkedInvalid("situation"));
        assertEquals(body, entry.value("body"));
        assertEquals("40", entry.emotionIntensity("sad.lonely"));
        assertEquals("25", entry.value("intensity_after"));

        // "Send" at once, while the save of what was just typed is still due: the click waits for that save, then
        // sends, with no conflict between the two.
        entry.type("situation", "A phone call with my sister.");
        entry.submit();
        assertFalse(entry.isEditable(), "sent, it is read-only");
        Map<String, String> answers = entry.answers();
        assertEquals("A phone call with my sister.", answers.get("situation"));
        assertEquals("Sad – lonely: 40\nMad – frustrated: 70", answers.get("emotions"));
        assertEquals(body, answers.get("body"));
        assertEquals("Left blank", answers.get("thoughts"));
        entry.comment("Writing it down helped more than I expected.");
        shoot(phone, "homework-entry-sent");
        entry = entry.reload();
        assertEquals("Writing it down helped more than I expected.", entry.comment());

        TodayPage after = today(second);
        assertTrue(after.ids(TodayPage.Group.DONE).contains(id), "done lately");
        assertEquals(List.of(), blockedByThePolicy(phone), "autosave, the picker and submit ran under the CSP");
    }

    @Test
    void twoTabsNeverSilentlyOverwriteEachOther(Session browser) {
        WebDriver first = signIn(browser);
        long id = today(browser).lastOpen(CHECK_IN).orElseThrow(
                () -> new AssertionError("Jordan has no open daily check-in"));
        first.get(browser.base().resolve("client/entry.xhtml?o=" + id).toString());
        EntryPage tabA = new EntryPage(first).awaitLoaded();

        Session other = browser.another();
        WebDriver second = signIn(other);
        second.get(other.base().resolve("client/entry.xhtml?o=" + id).toString());
        EntryPage tabB = new EntryPage(second).awaitLoaded();

        String fromA = "From the first tab " + UUID.randomUUID();
        String fromB = "From the second tab " + UUID.randomUUID();
        tabA.clear("note").type("note", fromA.substring(0, 40));
        tabA.awaitSaved();
        tabB.clear("note").type("note", fromB.substring(0, 40));
        String conflict = tabB.awaitConflict();
        assertTrue(conflict.contains("another tab"), conflict);
        assertEquals("Changed in another tab or device", tabB.status());
        assertEquals(fromB.substring(0, 40), tabB.value("note"), "what the second tab typed is still there");

        tabB.keepMine();
        tabA = tabA.reload();
        assertEquals(fromB.substring(0, 40), tabA.value("note"), "kept knowingly, and now the stored draft");
        assertEquals(List.of(), blockedByThePolicy(first));
        assertEquals(List.of(), blockedByThePolicy(second));
    }

    private static WebDriver signIn(Session browser) {
        WebDriver driver = browser.driver();
        browser.open("login.xhtml");
        new LoginPage(driver).awaitLoaded().signIn(DemoAccount.CLIENT.email, DemoAccount.CLIENT.password);
        return driver;
    }

    private static TodayPage today(Session browser) {
        browser.open("client/index.xhtml");
        return new TodayPage(browser.driver()).awaitLoaded();
    }

    /** What a date input takes from the keyboard in an en-US browser: 2025-03-14 is typed 03142025. */
    private static String monthDayYear(String isoDate) {
        return LocalDate.parse(isoDate).format(DateTimeFormatter.ofPattern("MMddyyyy"));
    }

    /** What Chromium's console reports as blocked by the Content-Security-Policy since the last look. */

    /** Keeps a screenshot of the whole page (the window stretched to its height) under target/screenshots. */
    private static void shoot(WebDriver driver, String name) throws IOException {
        Path dir = Path.of(System.getProperty("securebase.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Dimension before = driver.manage().window().getSize();
        Number height = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(before.getWidth(), Math.min(height.intValue() + 150, 8000)));
        try {
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            driver.manage().window().setSize(before);
        }
    }
}
