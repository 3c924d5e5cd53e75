package app.securebase.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.browser.Browser.Session;
import app.securebase.browser.pages.AuditLogPage;
import app.securebase.browser.pages.LoginPage;
import app.securebase.testsupport.DemoAccount;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** An admin reads the audit log: filters by user, action and date range, and verifies the chain. */
@ExtendWith(Browser.class)
class AuditLogBrowserIT {

    @Test
    void anAdminFindsTheirSignInByUserActionAndDateAndVerifiesTheChain(Session browser) {
        browser.open("login.xhtml");
        new LoginPage(browser.driver()).awaitLoaded()
                .signIn(DemoAccount.ADMIN.email, DemoAccount.ADMIN.password);
        browser.driver().findElement(By.id("navAudit")).click();
        AuditLogPage log = new AuditLogPage(browser.driver()).awaitLoaded();
        assertEquals("Audit log", log.heading());
        assertFalse(log.rows().isEmpty(), "at least this visit is listed");

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String yesterday = today.minusDays(1).toString();
        List<AuditLogPage.Row> signIns = log.user(DemoAccount.ADMIN.email).exactUser(true).action("Signed in")
                .from(yesterday).to(today.toString())
                .search().rows();
        assertFalse(signIns.isEmpty(), "this sign-in was recorded");
        assertEquals(DemoAccount.ADMIN.email, actor(signIns.get(0)));
        assertEquals("Allowed", signIns.get(0).outcome());
        assertTrue(signIns.stream().allMatch(row -> row.time().startsWith(today.toString())
                || row.time().startsWith(yesterday)), signIns.toString());

        List<AuditLogPage.Row> viewed = log.user("").action("Audit log viewed").search().rows();
        assertFalse(viewed.isEmpty(), "opening this page was recorded");
        assertEquals(DemoAccount.ADMIN.email, actor(viewed.get(0)));
        assertTrue(viewed.stream().allMatch(row -> row.action().equals("Audit log viewed")), viewed.toString());

        assertTrue(log.from("2000-01-01").to("2000-01-31").search().showsNoMatches(), "nothing that long ago");

        String verification = log.verifyChain();
        assertTrue(log.chainIntact(), verification);
        assertTrue(verification.startsWith("The chain is intact"), verification);
    }

    /** The user cell shows the email, then the role on its own line. */
    private static String actor(AuditLogPage.Row row) {
        return row.user().lines().findFirst().orElseThrow();
    }
}
