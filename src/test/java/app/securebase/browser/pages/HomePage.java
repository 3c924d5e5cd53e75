package app.securebase.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Any role's home page (admin, clinician or client), reached after sign-in. */
public class HomePage extends Page {

    public HomePage(WebDriver driver) {
        super(driver);
    }

    public HomePage awaitLoaded() {
        await(By.id("signedInUser"));
        return this;
    }
}
