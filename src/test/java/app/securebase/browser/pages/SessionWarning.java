package app.securebase.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The warning every signed-in page shows shortly before an idle session ends (layout.xhtml). */
public class SessionWarning extends Page {

    private static final By DIALOG = By.id("sessionForm:sessionWarning");

    public SessionWarning(WebDriver driver) {
        super(driver);
    }

    /** Waits as long as the session's warning delay may take, plus a margin. */
    public SessionWarning awaitShown(java.time.Duration within) {
        new WebDriverWait(driver, within).until(ExpectedConditions.visibilityOfElementLocated(DIALOG));
        return this;
    }

    public boolean isShown() {
        return driver.findElements(DIALOG).stream().anyMatch(WebElement::isDisplayed);
    }

    public WebElement dialog() {
        return driver.findElement(DIALOG);
    }

    public String text() {
        return dialog().getText();
    }

    /** Presses "Stay signed in" and waits until the warning has closed. */
    public HomePage stay() {
        driver.findElement(By.id("sessionForm:stayButton")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
        return new HomePage(driver);
    }

    public LoginPage signOut() {
        driver.findElement(By.id("sessionForm:sessionSignOut")).click();
        return new LoginPage(driver).awaitLoaded();
    }

    /** The login page's notice after the session ended for lack of activity. */
    public static boolean expiredNoticeShown(WebDriver driver) {
        return !driver.findElements(By.id("expiredNotice")).isEmpty();
    }
}
