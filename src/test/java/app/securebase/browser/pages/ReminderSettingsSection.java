package app.securebase.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The "Email reminders" part of {@code /admin/settings.xhtml}. */
public class ReminderSettingsSection extends Page {

    private static final By ENABLED = By.cssSelector("#remindersForm\\:remindersEnabled .ui-chkbox-box");

    public ReminderSettingsSection(WebDriver driver) {
        super(driver);
    }

    public ReminderSettingsSection awaitLoaded() {
        await(By.id("remindersForm:saveReminders"));
        return this;
    }

    /** Whether the page says this server cannot send email. */
    public boolean warnsNoMail() {
        return !driver.findElements(By.id("remindersForm:noMail")).isEmpty();
    }

    /** Turns reminders on or off at {@code hour} o'clock, saves, and returns the message shown. */
    public String save(boolean enabled, int hour) {
        WebElement box = driver.findElement(ENABLED);
        if (box.getAttribute("class").contains("ui-state-active") != enabled) {
            box.click();
        }
        new Select(driver.findElement(By.id("remindersForm:reminderHour")))
                .selectByVisibleText(String.format("%02d:00", hour));
        WebElement before = driver.findElement(By.id("remindersForm:saveReminders"));
        before.click();
        awaitReplaced(before);
        return await(By.cssSelector("#remindersForm\\:reminderMessages .ui-messages-info")).getText();
    }

    public boolean isEnabled() {
        return driver.findElement(ENABLED).getAttribute("class").contains("ui-state-active");
    }

    /** The hour chosen, as the menu shows it: "00:00". */
    public String hour() {
        return new Select(driver.findElement(By.id("remindersForm:reminderHour"))).getFirstSelectedOption().getText();
    }
}
