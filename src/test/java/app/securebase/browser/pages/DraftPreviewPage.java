package app.securebase.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /clinician/draft-preview.xhtml}: my draft through the client's reader. */
public class DraftPreviewPage extends Page {

    public DraftPreviewPage(WebDriver driver) {
        super(driver);
    }

    public DraftPreviewPage awaitLoaded() {
        await(By.id("backToEditing"));
        return this;
    }

    public String moduleTitle() {
        return driver.findElement(By.id("moduleTitle")).getText();
    }

    public WebElement body() {
        return driver.findElement(By.id("moduleBody"));
    }

    public String bodyText() {
        return body().getText();
    }

    public ModuleEditorPage backToEditing() {
        driver.findElement(By.id("backToEditing")).click();
        return new ModuleEditorPage(driver).awaitLoaded();
    }
}
