package app.securebase.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.securebase.browser.Browser.Session;
import app.securebase.browser.pages.CaseloadPage;
import app.securebase.browser.pages.HomePage;
import app.securebase.browser.pages.LoginPage;
import app.securebase.browser.pages.SessionWarning;
import app.securebase.testsupport.AppPages;
import app.securebase.testsupport.AppPages.AppPage;
import app.securebase.testsupport.DemoAccount;
import app.securebase.testsupport.DemoIds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens every page of the app ({@link AppPages}, plus {@code /}, a missing page and the clinician's client pages) as
 * every role, and uses what is on them, while counting the Content-Security-Policy violations Chromium reports in its
 * console: there must be none. A violation is a script or handler PrimeFaces' nonce does not cover, which the browser
 * blocked: a feature that silently does not work.
 */
@ExtendWith(Browser.class)
class ContentSecurityPolicyBrowserIT {

    @Test
    void theCountSeesAScriptWithoutTheNonce(Session browser) {
        browser.open("login.xhtml");
        new LoginPage(browser.driver()).awaitLoaded();
        List<String> violations = new ArrayList<>();
        collect(browser, "login.xhtml", violations);
        assertEquals(List.of(), violations);

        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("var s = document.createElement('script'); s.textContent = 'window.sbInjected = true;';"
                + " document.body.appendChild(s);");
        assertNull(js.executeScript("return window.sbInjected;"), "the browser ran a script without the nonce");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(driver -> !collect(browser, "injected script", violations).isEmpty());
    }

    @Test
    void anonymousVisitorsSeeNoViolations(Session browser) {
        List<String> violations = new ArrayList<>();
        visitEveryPage(browser, violations);
        browser.open("login.xhtml");
        LoginPage login = new LoginPage(browser.driver()).awaitLoaded();
        browser.driver().findElement(By.id("loginForm:password_mask")).click();
        login.signInExpectingFailure(DemoAccount.CLIENT.email, "not the password at all");
        collect(browser, "failed sign-in", violations);
        assertNoViolations(violations);
    }

    @ParameterizedTest
    @EnumSource(value = DemoAccount.class, names = {"ADMIN", "CLINICIAN", "CLIENT"})
    void signedInUsersSeeNoViolations(DemoAccount account, Session browser) {
        List<String> violations = new ArrayList<>();
        browser.open("login.xhtml");
        new LoginPage(browser.driver()).awaitLoaded().signIn(account.email, account.password);
        collect(browser, "sign-in", violations);
        visitEveryPage(browser, violations);
        if (account == DemoAccount.CLINICIAN) {
            browser.open("clinician/clients.xhtml");
            CaseloadPage caseload = new CaseloadPage(browser.driver()).awaitLoaded();
            List<String> clientPages = caseload.clientNames().stream().map(caseload::clientPageHref).toList();
            for (String clientPage : clientPages) {
                browser.driver().get(clientPage);
                collect(browser, clientPage, violations);
            }
        }

        // The session warning, opened early (the shared server keeps the 30-minute timeout), then "Stay signed in".
        browser.open(account.home.substring(1));
        HomePage home = new HomePage(browser.driver()).awaitLoaded();
        ((JavascriptExecutor) browser.driver()).executeScript("PF('sessionWarning').show();");
        new SessionWarning(browser.driver()).awaitShown(Duration.ofSeconds(5)).stay();
        collect(browser, "session warning, stay signed in", violations);

        home.signOut();
        collect(browser, "sign-out", violations);
        assertNoViolations(violations);
    }

    private static void visitEveryPage(Session browser, List<String> violations) {
        // "" sends each visitor home or to sign-in; the missing page is the 404 (and 403) page.
        Map<String, String> ids = DemoIds.find(browser.base());
        List<String> paths = Stream.concat(Stream.of("", "no-such-page.xhtml"),
                AppPages.PAGES.stream().map(page -> DemoIds.resolve(page.path(), ids))).toList();
        for (String path : paths) {
            browser.open(path);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(driver -> "complete".equals(
                    ((JavascriptExecutor) driver).executeScript("return document.readyState")));
            collect(browser, path.isEmpty() ? "/" : path, violations);
        }
    }

    /** Moves the console's CSP reports since the last call into {@code violations}, tagged with where they came from. */
    private static List<String> collect(Session browser, String where, List<String> violations) {
        for (LogEntry entry : browser.driver().manage().logs().get(LogType.BROWSER)) {
            if (entry.getMessage().contains("Content Security Policy")) {
                violations.add(where + ": " + entry.getMessage());
            }
        }
        return violations;
    }

    private static void assertNoViolations(List<String> violations) {
        assertEquals(0, violations.size(), violations.stream().collect(Collectors.joining("\n")));
    }
}
