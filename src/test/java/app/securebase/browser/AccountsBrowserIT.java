package app.securebase.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.browser.Browser.Session;
import app.securebase.browser.pages.CaseloadPage;
import app.securebase.browser.pages.CliniciansAdminPage;
import app.securebase.browser.pages.ClientsAdminPage;
import app.securebase.browser.pages.HomePage;
import app.securebase.browser.pages.LoginPage;
import app.securebase.browser.pages.NotFoundPage;
import app.securebase.browser.pages.SetPasswordPage;
import app.securebase.testsupport.DemoAccount;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A practice run through the browser: invitations, passwords, caseloads, transfers, deactivation and lock-out. */
@ExtendWith(Browser.class)
class AccountsBrowserIT {

    private static final String CLINICIAN_PASSWORD = "maple river lantern quiet";
    private static final String CLIENT_PASSWORD = "ocean violet paper tiger";

    @Test
    void adminInvitesClinicianWhoInvitesClientAndBothSignIn(Session admin) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String clinicianEmail = "dr." + unique + "@example.org";
        String clientEmail = "client." + unique + "@example.org";

        String clinicianLink = signIn(admin, DemoAccount.ADMIN).goTo(admin, "admin/clinicians.xhtml")
                .invite("Dr. Quinn " + unique, clinicianEmail);
        assertTrue(clinicianLink.contains("/set-password.xhtml?token="), clinicianLink);

        Session clinician = admin.another();
        clinician.driver().get(clinicianLink);
        SetPasswordPage setPassword = new SetPasswordPage(clinician.driver()).awaitForm();
        setPassword.submit("too short", "too short");
        assertTrue(setPassword.messages().contains("at least 12 characters"), setPassword.messages());
        HomePage clinicianHome = setPassword.choose(CLINICIAN_PASSWORD).signIn(clinicianEmail, CLINICIAN_PASSWORD);
        assertEquals("/clinician/index.xhtml", clinicianHome.path());

        clinician.open("clinician/clients.xhtml");
        CaseloadPage caseload = new CaseloadPage(clinician.driver()).awaitLoaded();
        String clientLink = caseload.addClient("Robin " + unique, "Rob", clientEmail);

        Session client = admin.another();
        client.driver().get(clientLink);
        HomePage clientHome = new SetPasswordPage(client.driver()).awaitForm().choose(CLIENT_PASSWORD)
                .signIn(clientEmail, CLIENT_PASSWORD);
        assertEquals("/client/index.xhtml", clientHome.path());

        client.driver().get(clientLink);
        assertTrue(new SetPasswordPage(client.driver()).saysLinkUnusable(), "an invitation link works once");
    }

    @Test
    void aTransferredClientLeavesTheOldCaseloadAtOnce(Session browser) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String clientEmail = "moving." + unique + "@example.org";
        signIn(browser, DemoAccount.CLINICIAN);
        browser.open("clinician/clients.xhtml");
        CaseloadPage rivera = new CaseloadPage(browser.driver()).awaitLoaded();
        rivera.addClient("Morgan " + unique, "", clientEmail);
        browser.open("clinician/clients.xhtml");
        String clientPage = new CaseloadPage(browser.driver()).awaitLoaded().clientPageHref("Morgan " + unique);

        Session admin = browser.another();
        signIn(admin, DemoAccount.ADMIN);
        admin.open("admin/clients.xhtml");
        ClientsAdminPage clients = new ClientsAdminPage(admin.driver()).awaitLoaded()
                .transfer(clientEmail, DemoAccount.OTHER_CLINICIAN.email);
        assertEquals(DemoAccount.OTHER_CLINICIAN.displayName, clients.clinicianOf(clientEmail));

        browser.driver().get(clientPage);
        new NotFoundPage(browser.driver()).awaitLoaded();
        browser.open("clinician/clients.xhtml");
        assertFalse(new CaseloadPage(browser.driver()).awaitLoaded().clientNames().contains("Morgan " + unique));

        Session chen = browser.another();
        signIn(chen, DemoAccount.OTHER_CLINICIAN);
        chen.open("clinician/clients.xhtml");
        assertTrue(new CaseloadPage(chen.driver()).awaitLoaded().clientNames().contains("Morgan " + unique));
    }

    @Test
    void deactivatingAClinicianEndsTheirSessionAndSignIn(Session admin) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = "leaving." + unique + "@example.org";
        CliniciansAdminPage clinicians = signIn(admin, DemoAccount.ADMIN).goTo(admin, "admin/clinicians.xhtml");
        String link = clinicians.invite("Dr. Leaving " + unique, email);

        Session clinician = admin.another();
        clinician.driver().get(link);
        new SetPasswordPage(clinician.driver()).awaitForm().choose(CLINICIAN_PASSWORD).signIn(email, CLINICIAN_PASSWORD);

        admin.open("admin/clinicians.xhtml");
        new CliniciansAdminPage(admin.driver()).awaitLoaded().deactivate(email);

        clinician.open("clinician/index.xhtml");
        LoginPage login = new LoginPage(clinician.driver()).awaitLoaded();
        assertTrue(login.signedInUser().isEmpty(), "the open session ended on the server");
        login.signInExpectingFailure(email, CLINICIAN_PASSWORD);
        assertTrue(login.errorMessage().contains("do not match an active account"), login.errorMessage());
    }

    @Test
    void repeatedFailuresLockTheNameWithTheSameWordsForEveryName(Session browser) {
        String unknown = "nobody." + UUID.randomUUID() + "@example.org";
        browser.open("login.xhtml");
        LoginPage login = new LoginPage(browser.driver()).awaitLoaded();
        for (int attempt = 1; attempt <= 4; attempt++) {
            login.signInExpectingFailure(unknown, "not the password " + attempt);
            assertTrue(login.errorMessage().contains("do not match"), login.errorMessage());
        }
        login.signInExpectingFailure(unknown, "not the password 5");
        assertTrue(login.errorMessage().contains("Too many sign-in attempts"), login.errorMessage());
        assertTrue(login.errorMessage().contains("1 minute"), login.errorMessage());
        assertEquals(unknown, login.enteredEmail(), "what was typed stays");
    }

    private static Signed signIn(Session session, DemoAccount account) {
        session.open("login.xhtml");
        new LoginPage(session.driver()).awaitLoaded().signIn(account.email, account.password);
        return new Signed();
    }

    /** Fluent step after signing in. */
    private static final class Signed {
        CliniciansAdminPage goTo(Session session, String path) {
            session.open(path);
            return new CliniciansAdminPage(session.driver()).awaitLoaded();
        }
    }
}
