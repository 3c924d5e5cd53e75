package app.securebase.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /admin/settings.xhtml}. */
public class SettingsAdminPage extends Page {

    public SettingsAdminPage(WebDriver driver) {
        super(driver);
    }

    public SettingsAdminPage awaitLoaded() {
        await(By.id("settingsForm:save"));
        return this;
    }

    /** Tries to require a second factor and returns the refusal shown. */
    public String requireSecondFactorExpectingRefusal() {
        driver.findElement(By.cssSelector("#settingsForm\\:mfaRequired .ui-chkbox-box")).click();
        driver.findElement(By.id("settingsForm:save")).click();
        return await(By.cssSelector("#settingsForm\\:messages .ui-messages-error")).getText();
    }

    public SettingsAdminPage requireSecondFactor(boolean required) {
        WebElement box = driver.findElement(By.cssSelector("#settingsForm\\:mfaRequired .ui-chkbox-box"));
        boolean checked = box.getAttribute("class").contains("ui-state-active");
        if (checked != required) {
            box.click();
        }
        driver.findElement(By.id("settingsForm:save")).click();
        await(By.cssSelector("#settingsForm\\:messages .ui-messages-info"));
        boolean nowChecked = driver.findElement(By.cssSelector("#settingsForm\\:mfaRequired .ui-chkbox-box"))
                .getAttribute("class").contains("ui-state-active");
        if (nowChecked != required) {
            throw new AssertionError("the setting did not change to " + required);
        }
        return this;
    }
}
