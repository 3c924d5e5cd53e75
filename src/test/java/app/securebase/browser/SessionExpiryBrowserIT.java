package app.securebase.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.browser.Browser.Session;
import app.securebase.browser.pages.EntryPage;
import app.securebase.browser.pages.HomePage;
import app.securebase.browser.pages.LoginPage;
import app.securebase.browser.pages.SessionWarning;
import app.securebase.browser.pages.TodayPage;
import app.securebase.testsupport.DemoAccount;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The idle-session warning, on a server of its own with the shortest settings (a 35-second session, a 15-second
 * warning): the shared server keeps the 30-minute default, so other journeys never see the dialog. With these
 * settings the warning appears 10 s after the page's last request and the page signs out 15 s later, 10 s before
 * the server would.
 */
@ExtendWith(Browser.class)
class SessionExpiryBrowserIT {

    private static final int WARNING_DELAY_SECONDS = 10;
    private static final int WARNING_SECONDS = 15;
    private static final Duration SLACK = Duration.ofSeconds(10);

    private static URI server;

    @RegisterExtension
    static final BeforeAllCallback SERVER = context -> server = SharedServer.ownServer(context, "session-expiry-server",
            Map.of("SECUREBASE_SESSION_TIMEOUT_SECONDS", "35",
                    "SECUREBASE_SESSION_WARNING_SECONDS", String.valueOf(WARNING_SECONDS)));

    /**
     * One journey, because each step needs the previous one's wait: the warning appears; "Stay signed in" closes it
     * and cancels its countdown; the page then counts again from that request; and a warning nobody answers ends in
     * the login page, signed out on the server.
     */
    @Test
    void theWarningLetsTheUserStayAndOtherwiseSignsOut(Session browser) {
        Duration untilWarning = Duration.ofSeconds(WARNING_DELAY_SECONDS).plus(SLACK);
        WebDriver driver = signIn(browser);
        SessionWarning warning = new SessionWarning(driver).awaitShown(untilWarning);
        assertEquals("alertdialog", warning.dialog().getAttribute("role"));
        assertEquals("true", warning.dialog().getAttribute("aria-modal"));
        assertEquals("sessionForm:stayButton", driver.switchTo().activeElement().getAttribute("id"),
                "the keyboard is on \"Stay signed in\"");
        assertTrue(warning.text().contains("signs you out after 35 seconds without activity"), warning.text());
        assertTrue(warning.text().contains("You will be signed out in 15 seconds"), warning.text());

        Instant stayed = Instant.now();
        warning.stay();
        assertFalse(warning.isShown());
        warning.awaitShown(untilWarning);
        assertTrue(Duration.between(stayed, Instant.now()).toSeconds() >= WARNING_DELAY_SECONDS - 1,
                "the page counted again from \"Stay signed in\", not from the page load");
        // Past the moment the first warning would have signed out, had "Stay signed in" not cancelled its countdown.
        pauseUntil(stayed.plusSeconds(WARNING_SECONDS + 4));
        assertTrue(driver.getCurrentUrl().contains("/client/"), "the first warning's countdown was cancelled");
        assertEquals(DemoAccount.CLIENT.displayName, new HomePage(driver).signedInUser().orElseThrow());

        new WebDriverWait(driver, Duration.ofSeconds(WARNING_SECONDS).plus(SLACK))
                .until(d -> URI.create(d.getCurrentUrl()).getPath().endsWith("/login.xhtml"));
        new LoginPage(driver).awaitLoaded();
        assertTrue(SessionWarning.expiredNoticeShown(driver), "the login page explains why");
        assertTrue(driver.getCurrentUrl().endsWith("/login.xhtml?expired=true"), driver.getCurrentUrl());
        driver.get(server.resolve("client/").toString());
        new LoginPage(driver).awaitLoaded();
        assertTrue(driver.getCurrentUrl().endsWith("/login.xhtml"), "the session ended on the server too");
    }

    /**
     * Typing in a homework form is activity: its drafts are saved by the page's script, not by PrimeFaces' ajax, and
     * each save starts the page's idle clock again, so the warning never interrupts someone writing.
     */
    @Test
    void typingInAHomeworkFormKeepsTheWarningAway(Session browser) {
        WebDriver driver = signIn(browser);
        TodayPage today = new TodayPage(driver).awaitLoaded();
        long id = today.firstOpen("Daily feelings check-in")
                .orElseThrow(() -> new AssertionError("the demo client has no open daily check-in"));
        EntryPage entry = today.open(id);
        SessionWarning warning = new SessionWarning(driver);
        // Past the moment the warning comes when only the page load counts (10 s), with a few seconds to spare.
        Instant until = Instant.now().plusSeconds(WARNING_DELAY_SECONDS + 5);
        for (int word = 0; Instant.now().isBefore(until); word++) {
            entry.type("note", "calm" + word + " ");
            pauseUntil(Instant.now().plusSeconds(3));
            assertFalse(warning.isShown(), "asked whether I am still there while typing, after " + word + " words");
        }
        assertTrue(entry.awaitSaved().startsWith("Saved at"), entry.status());
        assertTrue(driver.getCurrentUrl().contains("/client/entry.xhtml"), driver.getCurrentUrl());
    }

    private static void pauseUntil(Instant moment) {
        try {
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), moment).toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static WebDriver signIn(Session browser) {
        WebDriver driver = browser.driver();
        driver.get(server.resolve("login.xhtml").toString());
        new LoginPage(driver).awaitLoaded().signIn(DemoAccount.CLIENT.email, DemoAccount.CLIENT.password);
        return driver;
    }
}
