package app.securebase.browser.pages;

import java.time.Duration;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every SecureBase page has: the shared layout's header and footer. Selectors use stable component ids. */
public abstract class Page {

    protected static final Duration WAIT = Duration.ofSeconds(15);

    protected final WebDriver driver;

    protected Page(WebDriver driver) {
        this.driver = driver;
    }

    protected WebElement await(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Waits until the element is gone from the document, after a full-page POST, so that nothing of the previous
     * page is read. Chromium reports a replaced node either as stale or as "not in the document": both count.
     */
    protected void awaitReplaced(WebElement before) {
        new WebDriverWait(driver, WAIT).until(d -> {
            try {
                before.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    public String heading() {
        return await(By.tagName("h1")).getText();
    }

    public String title() {
        return driver.getTitle();
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** The signed-in user's name in the header, if anyone is signed in. */
    public Optional<String> signedInUser() {
        return driver.findElements(By.id("signedInUser")).stream().findFirst().map(WebElement::getText);
    }

    public String signedInRole() {
        return driver.findElement(By.id("signedInRole")).getText();
    }

    public LoginPage signOut() {
        driver.findElement(By.id("signOutForm:signOut")).click();
        return new LoginPage(driver).awaitLoaded();
    }

    public CrisisPage openCrisisResourcesFromFooter() {
        driver.findElement(By.id("crisisLink")).click();
        return new CrisisPage(driver).awaitLoaded();
    }
}
