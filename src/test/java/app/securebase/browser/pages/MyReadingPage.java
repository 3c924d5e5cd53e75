package app.securebase.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /client/reading.xhtml}: the client's modules in three groups; each item carries its assignment's id. */
public class MyReadingPage extends Page {

    /** The groups, by the id of their section. */
    public enum Group {
        NEW("newReading"), IN_PROGRESS("inProgressReading"), COMPLETED("completedReading");

        final String id;

        Group(String id) {
            this.id = id;
        }
    }

    public MyReadingPage(WebDriver driver) {
        super(driver);
    }

    public MyReadingPage awaitLoaded() {
        await(By.id("myReading"));
        return this;
    }

    /** The assignment ids listed in a group, in order. */
    public List<Long> ids(Group group) {
        return driver.findElements(By.cssSelector("#" + group.id + " [data-assignment]")).stream()
                .map(item -> Long.parseLong(item.getAttribute("data-assignment"))).toList();
    }

    public String itemText(long assignmentId) {
        return item(assignmentId).getText();
    }

    /** Whether the item shows the gentle "past its date" chip. */
    public boolean isPastDate(long assignmentId) {
        return !item(assignmentId).findElements(By.cssSelector(".sb-chip-past-date")).isEmpty();
    }

    public ModuleReaderPage open(long assignmentId) {
        item(assignmentId).findElement(By.cssSelector("h3 a")).click();
        return new ModuleReaderPage(driver).awaitLoaded();
    }

    private WebElement item(long assignmentId) {
        return driver.findElement(By.cssSelector("[data-assignment='" + assignmentId + "']"));
    }
}
