package app.securebase.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The client's "Reminders" part of {@code /account/settings.xhtml}. */
public class ReminderChoiceSection extends Page {

    private static final By BOX = By.cssSelector("#remindersForm\\:emailReminders .ui-chkbox-box");

    public ReminderChoiceSection(WebDriver driver) {
        super(driver);
    }

    public ReminderChoiceSection awaitLoaded() {
        await(By.id("remindersForm:saveReminders"));
        return this;
    }

    public boolean isOn() {
        return driver.findElement(BOX).getAttribute("class").contains("ui-state-active");
    }

    /** Chooses, saves and returns the message shown. */
    public String choose(boolean on) {
        if (isOn() != on) {
            driver.findElement(BOX).click();
        }
        WebElement before = driver.findElement(By.id("remindersForm:saveReminders"));
        before.click();
        awaitReplaced(before);
        return await(By.cssSelector("#messages .ui-messages-info")).getText();
    }
}
