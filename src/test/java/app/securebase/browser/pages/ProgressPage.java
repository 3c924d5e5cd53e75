package app.securebase.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /client/progress.xhtml}: the client's streak, this week's work and their feelings over time. */
public class ProgressPage extends Page {

    public ProgressPage(WebDriver driver) {
        super(driver);
    }

    /** Opens the page from the client navigation's "My progress". */
    public static ProgressPage open(WebDriver driver) {
        driver.findElement(By.id("navProgress")).click();
        return new ProgressPage(driver).awaitLoaded();
    }

    public ProgressPage awaitLoaded() {
        await(By.id("progressHeading"));
        return this;
    }

    /** The streak line: "3 days in a row", or the sentence shown when there is none. */
    public String streak() {
        return driver.findElement(By.id("streak")).getText();
    }

    public String thisWeek() {
        return driver.findElement(By.id("thisWeek")).getText();
    }

    public List<Long> completedThisWeek() {
        return driver.findElements(By.cssSelector("#weekList > li")).stream()
                .map(li -> Long.parseLong(li.getAttribute("data-occurrence"))).toList();
    }

    public ClientStoryPage charts() {
        return new ClientStoryPage(driver);
    }

    public String emptyText(String chartId) {
        return driver.findElements(By.id(chartId + "Empty")).stream().map(WebElement::getText).findFirst().orElse("");
    }
}
