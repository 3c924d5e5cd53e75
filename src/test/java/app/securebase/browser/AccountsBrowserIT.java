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
import app.securebase.browser.pages.SecondFactorSetupPage;
import app.securebase.browser.pages.SettingsAdminPage;
import app.securebase.browser.pages.SetPasswordPage;
import app.securebase.testsupport.DemoAccount;
import java.util.List;
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

    @Test
    void whenThePracticeRequiresItStaffSetUpTwoStepSignInBeforeAnythingElse(Session admin) throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = "careful." + unique + "@example.org";
        String link = signIn(admin, DemoAccount.ADMIN).goTo(admin, "admin/clinicians.xhtml")
                .invite("Dr. Careful " + unique, email);
        admin.open("admin/settings.xhtml");
        SettingsAdminPage settings = new SettingsAdminPage(admin.driver()).awaitLoaded();
        assertTrue(settings.requireSecondFactorExpectingRefusal().contains("your own account first"));
        admin.open("account/security.xhtml");
        SecondFactorSetupPage adminSetup = new SecondFactorSetupPage(admin.driver()).awaitLoaded();
        adminSetup.confirm(codeNow(adminSetup.start()));
        adminSetup.codesSaved();
        admin.open("admin/settings.xhtml");
        settings.awaitLoaded().requireSecondFactor(true);
        try {
            Session clinician = admin.another();
            clinician.driver().get(link);
            new SetPasswordPage(clinician.driver()).awaitForm().choose(CLINICIAN_PASSWORD);
            new LoginPage(clinician.driver()).fill(email, CLINICIAN_PASSWORD);
            clinician.driver().findElement(org.openqa.selenium.By.id("loginForm:signIn")).click();
            SecondFactorSetupPage setup = new SecondFactorSetupPage(clinician.driver()).awaitLoaded();
            assertTrue(setup.saysRequired());

            clinician.open("clinician/clients.xhtml");
            assertTrue(new SecondFactorSetupPage(clinician.driver()).awaitLoaded().saysRequired(),
                    "nothing else opens before set-up");

            String secret = setup.start();
            List<String> recoveryCodes = setup.confirm(codeNow(secret));
            assertEquals(10, recoveryCodes.size());
            setup.codesSaved();
            clinician.open("clinician/clients.xhtml");
            new CaseloadPage(clinician.driver()).awaitLoaded();

            HomePage again = setup.signOut().signInToCodeStep(email, CLINICIAN_PASSWORD).enter(recoveryCodes.get(0));
            assertEquals("/clinician/index.xhtml", again.path());
        } finally {
            // The demo admin signs in with a password only in the other tests.
            admin.open("admin/settings.xhtml");
            settings.awaitLoaded().requireSecondFactor(false);
            admin.open("account/security.xhtml");
            new SecondFactorSetupPage(admin.driver()).awaitLoaded().disable(DemoAccount.ADMIN.password);
        }
    }

    /** The code an authenticator app shows now for this key (RFC 6238: SHA-1, 6 digits, 30 s). */
    private static String codeNow(String secret) throws Exception {
        long step = Math.floorDiv(java.time.Instant.now().getEpochSecond(), 30);
        return new dev.samstevens.totp.code.DefaultCodeGenerator().generate(secret, step);
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
