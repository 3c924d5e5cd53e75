package app.securebase.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code /break.xhtml}: a short grounding exercise, public, with a way back to the reading. */
public class BreakPage extends Page {

    public BreakPage(WebDriver driver) {
        super(driver);
    }

    public BreakPage awaitLoaded() {
        await(By.id("takeABreakPage"));
        return this;
    }

    public String backLinkText() {
        return driver.findElement(By.id("backLink")).getText();
    }

    public boolean linksToCrisisResources() {
        return !driver.findElements(By.id("breakCrisisLink")).isEmpty();
    }

    public ModuleReaderPage backToReading() {
        driver.findElement(By.id("backLink")).click();
        return new ModuleReaderPage(driver).awaitLoaded();
    }
}
