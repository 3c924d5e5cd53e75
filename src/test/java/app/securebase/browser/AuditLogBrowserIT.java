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

/** An admin reads the audit log: filters by action and date range, and verifies the chain. */
@ExtendWith(Browser.class)
class AuditLogBrowserIT {

    @Test
    void anAdminFindsTheirOwnVisitsByActionAndDateAndVerifiesTheChain(Session browser) {
        browser.open("login.xhtml");
        new LoginPage(browser.driver()).awaitLoaded()
                .signIn(DemoAccount.ADMIN.email, DemoAccount.ADMIN.password);
        browser.driver().findElement(By.id("navAudit")).click();
        AuditLogPage log = new AuditLogPage(browser.driver()).awaitLoaded();
        assertEquals("Audit log", log.heading());
        assertFalse(log.rows().isEmpty(), "at least this visit is listed");

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<AuditLogPage.Row> viewed = log.action("Audit log viewed")
                .from(today.minusDays(1).toString()).to(today.toString())
                .search().rows();
        assertFalse(viewed.isEmpty(), "opening this page was recorded");
        AuditLogPage.Row newest = viewed.get(0);
        assertEquals(DemoAccount.ADMIN.email, newest.user().lines().findFirst().orElseThrow());
        assertEquals("Allowed", newest.outcome());
        assertTrue(viewed.stream().allMatch(row -> row.action().equals("Audit log viewed")), viewed.toString());
        assertTrue(viewed.stream().allMatch(row -> row.time().startsWith(today.toString())
                || row.time().startsWith(today.minusDays(1).toString())), viewed.toString());

        assertTrue(log.from("2000-01-01").to("2000-01-31").search().showsNoMatches(), "nothing that long ago");

        String verification = log.verifyChain();
        assertTrue(log.chainIntact(), verification);
        assertTrue(verification.startsWith("The chain is intact"), verification);
    }
}
