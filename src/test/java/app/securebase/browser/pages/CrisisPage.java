package app.securebase.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code /crisis.xhtml}, public. */
public class CrisisPage extends Page {

    public CrisisPage(WebDriver driver) {
        super(driver);
    }

    public CrisisPage awaitLoaded() {
        await(By.id("crisisResources"));
        return this;
    }

    public String text() {
        return driver.findElement(By.id("crisisResources")).getText();
    }
}
