package app.securebase.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The client's notifications in the header of every client page: what is waiting (due today or earlier). */
public class Notifications extends Page {

    public Notifications(WebDriver driver) {
        super(driver);
    }

    public Notifications awaitLoaded() {
        await(By.id("notificationsToggle"));
        return this;
    }

    /** The number shown on the control. */
    public int count() {
        return Integer.parseInt(driver.findElement(By.id("notificationsCount")).getText().strip());
    }

    /** What a screen reader says for the control. */
    public String label() {
        return driver.findElement(By.id("notificationsToggle")).getAttribute("aria-label");
    }

    public boolean isOpen() {
        return driver.findElement(By.id("notifications")).getAttribute("open") != null;
    }

    public Notifications open() {
        if (!isOpen()) {
            driver.findElement(By.id("notificationsToggle")).click();
        }
        await(By.id("notificationsPanel"));
        return this;
    }

    public String heading() {
        return driver.findElement(By.cssSelector("#notificationsPanel .sb-notify-heading")).getText();
    }

    /** The occurrences listed, in order. */
    public List<Long> occurrences() {
        return items().stream().map(li -> Long.parseLong(li.getAttribute("data-occurrence"))).toList();
    }

    /** The "when" line of a listed occurrence: "Today, by 21:00" or "From Tue 3 Nov 2026, ...". */
    public String when(long occurrence) {
        return item(occurrence).findElement(By.cssSelector(".sb-notify-when")).getText();
    }

    public String title(long occurrence) {
        return item(occurrence).findElement(By.tagName("a")).getText();
    }

    public EntryPage openItem(long occurrence) {
        item(occurrence).findElement(By.tagName("a")).click();
        return new EntryPage(driver).awaitLoaded();
    }

    private List<WebElement> items() {
        return driver.findElements(By.cssSelector("#notificationsPanel li[data-occurrence]"));
    }

    private WebElement item(long occurrence) {
        return driver.findElement(By.cssSelector("#notificationsPanel li[data-occurrence='" + occurrence + "']"));
    }
}
