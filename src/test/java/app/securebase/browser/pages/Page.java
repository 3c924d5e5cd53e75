package app.securebase.browser.pages;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.TimeoutException;
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
     * Ticks one option of a PrimeFaces {@code SelectCheckboxMenu} through its filter, as a person does: open, type,
     * tick the option once it stops moving (the panel re-aligns after filtering, and a click computed before that
     * lands beside the option), and see the chosen token appear. A click that did not tick it is made again.
     */
    protected void tickInCheckboxMenu(String id, String label) {
        driver.findElement(By.cssSelector("[id='" + id + "'] .ui-selectcheckboxmenu-trigger")).click();
        WebElement panel = await(By.id(id + "_panel"));
        WebElement filter = panel.findElement(By.cssSelector("input.ui-selectcheckboxmenu-filter"));
        filter.clear();
        filter.sendKeys(label);
        WebElement item = new WebDriverWait(driver, WAIT).until(d -> panel.findElements(
                        By.cssSelector("li.ui-selectcheckboxmenu-item")).stream()
                .filter(WebElement::isDisplayed)
                .filter(li -> li.getText().strip().equals(label)).findFirst().orElse(null));
        By token = By.cssSelector("[id='" + id + "'] .ui-selectcheckboxmenu-multiple-container");
        for (int attempt = 1; ; attempt++) {
            AtomicReference<Rectangle> last = new AtomicReference<>();
            new WebDriverWait(driver, WAIT).pollingEvery(Duration.ofMillis(100))
                    .until(d -> item.getRect().equals(last.getAndSet(item.getRect())));
            WebElement box = item.findElement(By.cssSelector(".ui-chkbox-box"));
            box.click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3))
                        .until(d -> box.getAttribute("class").contains("ui-state-active"));
                break;
            } catch (TimeoutException notTicked) {
                if (attempt == 3) {
                    throw notTicked;
                }
            }
        }
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(token, label));
        filter.sendKeys(Keys.ESCAPE);
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
