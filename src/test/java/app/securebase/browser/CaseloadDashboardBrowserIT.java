package app.securebase.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.browser.Browser.Session;
import app.securebase.browser.pages.ClinicianNavigation;
import app.securebase.browser.pages.DashboardPage;
import app.securebase.browser.pages.EntryPage;
import app.securebase.browser.pages.LoginPage;
import app.securebase.browser.pages.TodayPage;
import app.securebase.testsupport.DemoAccount;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The clinician's home as Dr. Rivera lives in it: the caseload at a glance, then the dashboard reflecting a check-in
 * their client Alex sent from another browser a moment earlier (one more entry to review, activity just now), found
 * again through the "to review" figure, the filter and the search, with an export link that carries the filter.
 */
@ExtendWith(Browser.class)
class CaseloadDashboardBrowserIT {

    private static final String ALEX = "Alex Morgan";
    private static final String ALEX_EMAIL = "alex@securebase.test";
    private static final String CHECK_IN = "Daily feelings check-in";

    @Test
    void theDashboardShowsASubmissionTheClientMadeAMomentEarlier(Session browser) {
        WebDriver rivera = browser.driver();
        browser.open("login.xhtml");
        new LoginPage(rivera).awaitLoaded().signIn(DemoAccount.CLINICIAN.email, DemoAccount.CLINICIAN.password);
        DashboardPage dashboard = new DashboardPage(rivera).awaitLoaded();
        assertEquals("Your caseload", dashboard.heading());
        assertTrue(dashboard.clientNames().contains(ALEX), dashboard.clientNames().toString());
        long reviewBefore = dashboard.glance("review");
        long alexReviewBefore = dashboard.row(ALEX).orElseThrow().awaitingReview();

        // Something for Alex to send today: one check-in, due tonight.
        ClinicianNavigation.openExercises(rivera).assign(CHECK_IN).times(1).dueTime(23, 59).chooseClient(ALEX).assign();

        // Alex sends it from their own browser.
        Session second = browser.another();
        WebDriver alex = second.driver();
        second.open("login.xhtml");
        new LoginPage(alex).awaitLoaded().signIn(ALEX_EMAIL, DemoAccount.CLIENT.password);
        TodayPage today = new TodayPage(alex).awaitLoaded();
        long occurrence = today.lastOpen(CHECK_IN).orElseThrow(() -> new AssertionError("no check-in open for Alex"));
        EntryPage entry = today.open(occurrence);
        entry.choose("mood", "6").toggleEmotionByKeyboard("peaceful.calm").rateEmotionByKeyboard("peaceful.calm", 30);
        ((JavascriptExecutor) alex).executeScript(
                "document.querySelector(\"#entryForm [data-field='need']\").scrollIntoView({block: 'center'});");
        entry.choose("need", "Rest");
        entry.awaitSaved();
        entry.submit();

        // Dr. Rivera opens the dashboard again: one more entry to review, and Alex was active today.
        browser.open("clinician/index.xhtml");
        dashboard = new DashboardPage(rivera).awaitLoaded();
        assertEquals(reviewBefore + 1, dashboard.glance("review"));
        DashboardPage.Row row = dashboard.row(ALEX).orElseThrow();
        assertEquals(alexReviewBefore + 1, row.awaitingReview());
        assertTrue(row.lastActivity().contains(String.valueOf(java.time.Year.now().getValue())), row.lastActivity());
        Screenshots.page(rivera, "dashboard-desktop");
        Screenshots.phone(rivera, () -> Screenshots.page(rivera, "dashboard-390"));

        // The "to review" figure, the filter and the search all lead to Alex.
        dashboard.showGlance("review");
        assertEquals("With entries to review", dashboard.chosenFilter());
        assertTrue(dashboard.clientNames().contains(ALEX), dashboard.clientNames().toString());
        assertTrue(dashboard.exportHref().contains("filter=awaiting_review"), dashboard.exportHref());
        dashboard.search("alex");
        dashboard.awaitNames(List.of(ALEX));
        dashboard.search("nobody-has-this-name");
        assertEquals("No client matches. Try another filter or search.", dashboard.emptyMessage());
        dashboard.filter("All current clients").search("");
        assertTrue(dashboard.clientNames().size() >= 2, dashboard.clientNames().toString());
        assertEquals(ALEX, dashboard.row(ALEX).orElseThrow().open().heading());
    }
}
