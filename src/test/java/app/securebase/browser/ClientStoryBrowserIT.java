package app.securebase.browser;

import static app.securebase.browser.PageChecks.assertFitsTheWidth;
import static app.securebase.browser.PageChecks.blockedByThePolicy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.browser.Browser.Session;
import app.securebase.browser.pages.CaseloadPage;
import app.securebase.browser.pages.ClientHomeworkSection;
import app.securebase.browser.pages.ClientStoryPage;
import app.securebase.browser.pages.ClinicianNavigation;
import app.securebase.browser.pages.EntryPage;
import app.securebase.browser.pages.LoginPage;
import app.securebase.browser.pages.ProgressPage;
import app.securebase.browser.pages.SetPasswordPage;
import app.securebase.testsupport.DemoAccount;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The client's story in Chromium, on the shared server: Dr. Rivera adds a new client, whose page and progress page show
 * empty states and no chart; gives them the daily check-in; the client sends today's check-in; the client's progress
 * page then shows a one-day streak, this week's entry and their feelings chart, and Dr. Rivera's page shows the entry
 * since last session, read as on the review page, with the charts drawn and their tables holding the same numbers.
 * Both pages work at a phone's width, and everything runs under the Content-Security-Policy.
 */
@ExtendWith(Browser.class)
class ClientStoryBrowserIT {

    private static final String CHECK_IN = "Daily feelings check-in";
    private static final String PASSWORD = "harbour lantern willow stone";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);

    @Test
    void aNewClientsStoryFromEmptyToTheFirstCheckIn(Session browser) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String name = "Sam " + unique;
        String email = "sam." + unique + "@example.org";
        WebDriver rivera = signIn(browser, DemoAccount.CLINICIAN.email, DemoAccount.CLINICIAN.password);
        browser.open("clinician/clients.xhtml");
        String invitation = new CaseloadPage(rivera).awaitLoaded().addClient(name, "", email);

        Session second = browser.another();
        WebDriver sam = second.driver();
        sam.get(invitation);
        new SetPasswordPage(sam).awaitForm().choose(PASSWORD).signIn(email, PASSWORD);

        // Nothing yet: encouraging empty states, no chart.
        ProgressPage progress = ProgressPage.open(sam);
        assertTrue(progress.streak().contains("Your next entry starts a new streak"), progress.streak());
        assertTrue(progress.thisWeek().contains("Nothing completed yet this week"), progress.thisWeek());
        assertFalse(progress.emptyText("emotionTrendChart").isBlank());
        assertFalse(progress.charts().hasCanvas("emotionTrendChart"));
        Screenshots.page(sam, "progress-empty-desktop");
        Screenshots.phone(sam, () -> Screenshots.page(sam, "progress-empty-390"));

        // Dr. Rivera gives Sam a week of check-ins and lands on Sam's page: no entry, so empty charts.
        ClientHomeworkSection homework = ClinicianNavigation.openExercises(rivera).assign(CHECK_IN).dueTime(23, 59)
                .chooseClient(name).assign();
        long assignment = homework.newestAssignment();
        List<Long> week = homework.occurrences(assignment);
        assertEquals(7, week.size());
        long todays = week.get(6);
        String clientPage = rivera.getCurrentUrl();
        ClientStoryPage story = new ClientStoryPage(rivera).awaitLoaded();
        assertTrue(story.sinceSummary().contains("nothing completed"), story.sinceSummary());
        for (String chart : List.of("emotionTrendChart", "topEmotionsChart", "triggersChart", "groundingChart")) {
            assertFalse(story.emptyText(chart).isBlank(), chart + " says it has nothing to show");
            assertFalse(story.hasCanvas(chart), chart + " draws no empty chart");
        }
        assertTrue(story.emptyText("triggersChart").contains("No trigger maps"), story.emptyText("triggersChart"));
        Screenshots.page(rivera, "client-story-empty-desktop");

        // Sam sends today's check-in.
        sam.get(second.base().resolve("client/entry.xhtml?o=" + todays).toString());
        EntryPage entry = new EntryPage(sam).awaitLoaded();
        entry.choose("mood", "7").toggleEmotionByKeyboard("sad.lonely").rateEmotionByKeyboard("sad.lonely", 40);
        ((JavascriptExecutor) sam).executeScript(
                "document.querySelector(\"#entryForm [data-field='need']\").scrollIntoView({block: 'center'});");
        entry.choose("need", "Rest");
        entry.awaitSaved();
        entry.submit();

        // Sam's progress: a one-day streak, this week's entry, the feelings chart and its numbers.
        progress = ProgressPage.open(sam);
        assertTrue(progress.streak().contains("1 day in a row"), progress.streak());
        assertTrue(progress.thisWeek().contains("You completed 1 exercise this week."), progress.thisWeek());
        assertEquals(List.of(todays), progress.completedThisWeek());
        ClientStoryPage samCharts = progress.charts().awaitDrawn("emotionTrendChart").awaitDrawn("topEmotionsChart");
        assertTrue(samCharts.table("emotionTrendChart").get(0).contains("Sad"), samCharts.table("emotionTrendChart").toString());
        assertTrue(samCharts.table("emotionTrendChart").stream().anyMatch(row -> row.endsWith("| 40")),
                samCharts.table("emotionTrendChart").toString());
        assertEquals(List.of("Emotion | Times chosen", "Lonely (sad) | 1"), samCharts.table("topEmotionsChart"));
        Screenshots.page(sam, "progress-desktop");
        Screenshots.phone(sam, () -> {
            assertFitsTheWidth(sam);
            Screenshots.page(sam, "progress-390");
        });

        // Dr. Rivera's page: the entry since last session, read as on the review page, and the charts drawn.
        rivera.get(clientPage);
        story = new ClientStoryPage(rivera).awaitLoaded();
        assertEquals(List.of(todays), story.completed());
        assertTrue(story.sinceSummary().contains("1 completed"), story.sinceSummary());
        String written = story.written(todays);
        assertTrue(written.contains("7 / 10") && written.contains("Sad – lonely: 40") && written.contains("Rest"), written);
        story.awaitDrawn("emotionTrendChart").awaitDrawn("topEmotionsChart");
        // Today's check-in was sent before its due time tonight: like the dashboard (CompletionRules), the completion
        // chart counts it once that time has passed, so there is nothing due to chart yet.
        assertEquals("Nothing has come due in the last 12 weeks.", story.emptyText("completionChart"));
        assertFalse(story.hasCanvas("completionChart"));
        assertTrue(story.table("emotionTrendChart").stream().anyMatch(row -> row.endsWith("| 40")));
        assertEquals(List.of("Emotion | Times chosen", "Lonely (sad) | 1"), story.table("topEmotionsChart"));
        assertFalse(story.hasCanvas("groundingChart"));

        // Another day for the story; the timeline still lists the week with today's entry submitted.
        LocalDate monthAgo = LocalDate.now(ZoneOffset.UTC).minusDays(30);
        story.since(monthAgo, SHOWN.format(monthAgo));
        assertEquals(List.of(todays), story.completed());
        ClientHomeworkSection timeline = new ClientHomeworkSection(rivera);
        assertEquals(week, timeline.occurrences(assignment));
        assertEquals("Submitted", timeline.status(todays));
        Screenshots.page(rivera, "client-story-desktop");
        Screenshots.phone(rivera, () -> {
            assertFitsTheWidth(rivera);
            Screenshots.page(rivera, "client-story-390");
        });

        assertEquals(List.of(), blockedByThePolicy(rivera), "charts and the story ran under the CSP");
        assertEquals(List.of(), blockedByThePolicy(sam));
    }

    private static WebDriver signIn(Session session, String email, String password) {
        session.open("login.xhtml");
        new LoginPage(session.driver()).awaitLoaded().signIn(email, password);
        return session.driver();
    }
}
