package app.securebase.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.browser.Browser.Session;
import app.securebase.browser.pages.CrisisPage;
import app.securebase.browser.pages.HomePage;
import app.securebase.browser.pages.LoginPage;
import app.securebase.browser.pages.NotFoundPage;
import app.securebase.testsupport.DemoAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Signing in and out as each demo role in a real browser. */
@ExtendWith(Browser.class)
class SignInBrowserIT {

    @ParameterizedTest
    @EnumSource(value = DemoAccount.class, names = {"ADMIN", "CLINICIAN", "CLIENT"})
    void eachRoleLandsOnItsOwnHomeAndCanSignOut(DemoAccount account, Session browser) {
        browser.open("");
        LoginPage login = new LoginPage(browser.driver()).awaitLoaded();

        HomePage home = login.signIn(account.email, account.password);
        assertEquals(account.home + "index.xhtml", home.path());
        assertEquals(account.displayName, home.signedInUser().orElseThrow());
        assertFalse(home.heading().isBlank());

        LoginPage afterSignOut = home.signOut();
        assertTrue(afterSignOut.showsSignedOutNotice());
        browser.open(account.home.substring(1));
        new LoginPage(browser.driver()).awaitLoaded();
        assertTrue(browser.driver().getCurrentUrl().endsWith("/login.xhtml"), "home needs signing in again");
    }

    @Test
    void aProtectedPageAskedForFirstOpensAfterSignIn(Session browser) {
        browser.open("clinician/");
        HomePage home = new LoginPage(browser.driver()).awaitLoaded()
                .signIn(DemoAccount.CLINICIAN.email, DemoAccount.CLINICIAN.password);
        assertEquals("/clinician/", home.path());
        assertEquals("Your caseload", home.heading());
    }

    @Test
    void aWrongPasswordIsRefusedAndKeepsTheEmailTyped(Session browser) {
        browser.open("login.xhtml");
        LoginPage login = new LoginPage(browser.driver()).awaitLoaded()
                .signInExpectingFailure(DemoAccount.CLIENT.email, "not-my-password-at-all");
        assertTrue(login.errorMessage().contains("do not match an active account"), login.errorMessage());
        assertEquals(DemoAccount.CLIENT.email, login.enteredEmail());
        assertTrue(login.signedInUser().isEmpty());
    }

    @Test
    void aClientOpeningAClinicianPageSeesNotFound(Session browser) {
        browser.open("login.xhtml");
        new LoginPage(browser.driver()).awaitLoaded().signIn(DemoAccount.CLIENT.email, DemoAccount.CLIENT.password);
        browser.open("clinician/");
        NotFoundPage notFound = new NotFoundPage(browser.driver()).awaitLoaded();
        assertEquals("We could not find that page", notFound.heading());
    }

    @Test
    void crisisResourcesAreOneClickAwayWithoutSigningIn(Session browser) {
        browser.open("login.xhtml");
        CrisisPage crisis = new LoginPage(browser.driver()).awaitLoaded().openCrisisResourcesFromFooter();
        assertTrue(crisis.text().contains("988"));
        assertTrue(crisis.text().contains("1-800-662-4357"));
        assertTrue(crisis.text().contains("88788"));
    }
}
