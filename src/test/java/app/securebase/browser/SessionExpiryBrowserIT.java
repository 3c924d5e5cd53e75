package app.securebase.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.browser.Browser.Session;
import app.securebase.browser.pages.HomePage;
import app.securebase.browser.pages.LoginPage;
import app.securebase.browser.pages.SessionWarning;
import app.securebase.testsupport.DemoAccount;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The idle-session warning, on a server of its own with the shortest settings (a one-minute session, a 30-second
 * warning): the shared server keeps the 30-minute default, so other journeys never see the dialog. With these
 * settings the warning appears 20 s after the page's last request and the page signs out 30 s later, 10 s before
 * the server would.
 */
@ExtendWith(Browser.class)
@DisabledIfSystemProperty(named = "skipSessionExpiryJourney", matches = "true",
        disabledReason = "-DskipSessionExpiryJourney=true: .ci/run's second database pass, where its 80 s of waiting"
                + " for timeouts in the browser would repeat what the first pass proved")
class SessionExpiryBrowserIT {

    private static final Duration UNTIL_WARNING = Duration.ofSeconds(20 + 15);
    private static final Duration UNTIL_SIGNED_OUT = Duration.ofSeconds(30 + 15);

    private static URI server;

    @RegisterExtension
    static final BeforeAllCallback SERVER = context -> server = SharedServer.ownServer(context, "session-expiry-server",
            Map.of("SECUREBASE_SESSION_TIMEOUT_MINUTES", "1", "SECUREBASE_SESSION_WARNING_SECONDS", "30"));

    /**
     * One journey, because each step needs the previous one's wait: the warning appears; "Stay signed in" closes it
     * and cancels its countdown; the page then counts again from that request; and a warning nobody answers ends in
     * the login page, signed out on the server.
     */
    @Test
    void theWarningLetsTheUserStayAndOtherwiseSignsOut(Session browser) {
        WebDriver driver = signIn(browser);
        Instant signedIn = Instant.now();
        SessionWarning warning = new SessionWarning(driver).awaitShown(UNTIL_WARNING);
        assertEquals("alertdialog", warning.dialog().getAttribute("role"));
        assertEquals("true", warning.dialog().getAttribute("aria-modal"));
        assertEquals("sessionForm:stayButton", driver.switchTo().activeElement().getAttribute("id"),
                "the keyboard is on \"Stay signed in\"");
        assertTrue(warning.text().contains("You will be signed out in 30 seconds"), warning.text());

        warning.stay();
        assertFalse(warning.isShown());
        warning.awaitShown(UNTIL_WARNING);
        assertTrue(Duration.between(signedIn, Instant.now()).toSeconds() >= 35,
                "the page counted again from \"Stay signed in\", not from the page load");
        pauseUntil(signedIn.plusSeconds(55));
        assertTrue(driver.getCurrentUrl().contains("/client/"), "the first warning's countdown was cancelled");
        assertEquals(DemoAccount.CLIENT.displayName, new HomePage(driver).signedInUser().orElseThrow());

        new WebDriverWait(driver, UNTIL_SIGNED_OUT)
                .until(d -> URI.create(d.getCurrentUrl()).getPath().endsWith("/login.xhtml"));
        new LoginPage(driver).awaitLoaded();
        assertTrue(SessionWarning.expiredNoticeShown(driver), "the login page explains why");
        assertTrue(driver.getCurrentUrl().endsWith("/login.xhtml?expired=true"), driver.getCurrentUrl());
        driver.get(server.resolve("client/").toString());
        new LoginPage(driver).awaitLoaded();
        assertTrue(driver.getCurrentUrl().endsWith("/login.xhtml"), "the session ended on the server too");
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
