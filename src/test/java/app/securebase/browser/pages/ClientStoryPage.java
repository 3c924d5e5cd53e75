package app.securebase.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The story parts of {@code /clinician/client.xhtml?id=…}: "since last session" and the charts with their tables.
 * Charts are found by their section ids ({@code completionChart}, {@code emotionTrendChart}, {@code topEmotionsChart},
 * {@code triggersChart}, {@code groundingChart}).
 */
public class ClientStoryPage extends Page {

    public ClientStoryPage(WebDriver driver) {
        super(driver);
    }

    public ClientStoryPage awaitLoaded() {
        await(By.id("sinceHeading"));
        return this;
    }

    public String sinceSummary() {
        return driver.findElement(By.id("sinceSummary")).getText();
    }

    /** The occurrence ids listed as completed since the chosen day. */
    public List<Long> completed() {
        return driver.findElements(By.cssSelector("#sinceCompleted > li")).stream()
                .map(li -> Long.parseLong(li.getAttribute("data-occurrence"))).toList();
    }

    /** What the client wrote in a completed entry, as the lines of its answers (opened from its "What they wrote"). */
    public String written(long occurrenceId) {
        WebElement item = driver.findElement(By.cssSelector("#sinceCompleted > li[data-occurrence='" + occurrenceId + "']"));
        item.findElement(By.tagName("summary")).click();
        return item.findElement(By.cssSelector(".insights-written dl")).getText();
    }

    /** Chooses the day the story starts from and waits for the summary to name it. */
    public ClientStoryPage since(java.time.LocalDate day, String dayAsShown) {
        WebElement input = driver.findElement(By.id("sinceForm:sinceDate"));
        // Chromium's date input takes the digits in the order it shows: month, day, year.
        input.sendKeys(String.format("%02d%02d%d", day.getMonthValue(), day.getDayOfMonth(), day.getYear()));
        driver.findElement(By.id("sinceForm:showSince")).click();
        // The ajax update replaces the summary: one found just before the swap is gone when its text is read.
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("sinceSummary")).getText().contains(dayAsShown));
        return this;
    }

    /** Whether the chart draws on a canvas (Chart.js made it), rather than showing its empty state. */
    public boolean hasCanvas(String chartId) {
        return !driver.findElements(By.cssSelector("#" + chartId + " canvas")).isEmpty();
    }

    /** Waits until Chart.js has drawn the chart: its canvas has a size. */
    public ClientStoryPage awaitDrawn(String chartId) {
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "var c = document.querySelector('#' + arguments[0] + ' canvas');"
                        + " return !!c && c.width > 0 && c.height > 0 && !!window.Chart && !!Chart.getChart(c);",
                chartId)));
        return this;
    }

    /** The empty-state text of a chart, or "" when it has data. */
    public String emptyText(String chartId) {
        return driver.findElements(By.id(chartId + "Empty")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** The table of a chart's numbers, opened: the header row then each row, cells joined by " | ". */
    public List<String> table(String chartId) {
        WebElement details = driver.findElement(By.cssSelector("#" + chartId + " details"));
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
        return driver.findElements(By.cssSelector("#" + chartId + "Table tr")).stream()
                .map(tr -> String.join(" | ", tr.findElements(By.cssSelector("th, td")).stream()
                        .map(WebElement::getText).toList()))
                .toList();
    }

    public String caption(String chartId) {
        return driver.findElement(By.cssSelector("#" + chartId + "Table caption")).getAttribute("textContent").strip();
    }
}
