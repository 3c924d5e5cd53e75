package app.securebase.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Homework section of {@code /clinician/client.xhtml?id=…}: the client's assignments and their occurrences, newest
 * first, with Cancel, End assignment and Review. Rows are found by their ids ({@code data-assignment},
 * {@code data-occurrence}).
 */
public class ClientHomeworkSection extends Page {

    public ClientHomeworkSection(WebDriver driver) {
        super(driver);
    }

    public ClientHomeworkSection awaitLoaded() {
        await(By.id("homeworkHeading"));
        return this;
    }

    /** The global messages at the top of the page (shown after an assign). */
    public String pageMessages() {
        return driver.findElements(By.id("messages")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    public String sectionMessages() {
        return driver.findElement(By.id("homeworkForm:homeworkMessages")).getText();
    }

    /** The newest assignment listed. */
    public long newestAssignment() {
        return driver.findElements(By.cssSelector("#assignmentList [data-assignment]")).stream()
                .mapToLong(li -> Long.parseLong(li.getAttribute("data-assignment"))).max()
                .orElseThrow(() -> new AssertionError("no assignment listed"));
    }

    public String assignmentText(long assignmentId) {
        return assignment(assignmentId).getText();
    }

    public boolean canEnd(long assignmentId) {
        return !assignment(assignmentId).findElements(By.cssSelector("[id$=':endAssignment']")).isEmpty();
    }

    /** The assignment's occurrences in the order shown (newest due first). */
    public List<Long> occurrences(long assignmentId) {
        return driver.findElements(By.cssSelector("[id='homeworkForm:occurrenceTable'] [data-assignment='"
                        + assignmentId + "']")).stream()
                .map(span -> Long.parseLong(span.getAttribute("data-occurrence"))).toList();
    }

    /** The status chip of an occurrence, e.g. "Upcoming"; "Late" follows when it was submitted late. */
    public String status(long occurrenceId) {
        return row(occurrenceId).findElement(By.cssSelector(".sb-chip-hw")).getText();
    }

    public boolean canCancel(long occurrenceId) {
        return !row(occurrenceId).findElements(By.cssSelector("[id$=':cancelOccurrence']")).isEmpty();
    }

    public ClientHomeworkSection cancel(long occurrenceId) {
        row(occurrenceId).findElement(By.cssSelector("[id$=':cancelOccurrence']")).click();
        return confirmAndAwait("cancelled");
    }

    public ClientHomeworkSection end(long assignmentId) {
        assignment(assignmentId).findElement(By.cssSelector("[id$=':endAssignment']")).click();
        return confirmAndAwait("ended");
    }

    public ReviewEntryPage review(long occurrenceId) {
        row(occurrenceId).findElement(By.cssSelector("a.sb-review-link")).click();
        return new ReviewEntryPage(driver).awaitLoaded();
    }

    public String reviewLinkText(long occurrenceId) {
        return row(occurrenceId).findElement(By.cssSelector("a.sb-review-link")).getText();
    }

    public ClientHomeworkSection reload() {
        WebElement before = driver.findElement(By.id("homeworkHeading"));
        driver.navigate().refresh();
        awaitReplaced(before);
        return awaitLoaded();
    }

    /** Moves an occurrence to another day and time on the client's clock, and returns the section's message. */
    public String move(long occurrenceId, java.time.LocalDate day, int hour, int minute) {
        row(occurrenceId).findElement(By.cssSelector("[id$=':moveOccurrence']")).click();
        WebElement dayInput = await(By.cssSelector("input[id$=':moveDay']"));
        // Chromium's date and time inputs take the digits in the order they show: month, day, year; hours, minutes.
        dayInput.sendKeys(String.format("%02d%02d%d", day.getMonthValue(), day.getDayOfMonth(), day.getYear()));
        WebElement timeInput = driver.findElement(By.cssSelector("input[id$=':moveTime']"));
        timeInput.sendKeys(String.format("%02d%02d%s", hour > 12 ? hour - 12 : hour, minute, hour >= 12 ? "PM" : "AM"));
        driver.findElement(By.cssSelector("[id$=':saveMove']")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("homeworkForm:homeworkMessages"), "now comes due"));
        return sectionMessages();
    }

    public String dueText(long occurrenceId) {
        return row(occurrenceId).findElement(By.cssSelector(".sb-due")).getText();
    }

    private ClientHomeworkSection confirmAndAwait(String word) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(By.id("actionsForm:confirmYes")))
                .click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("homeworkForm:homeworkMessages"), word));
        return this;
    }

    private WebElement assignment(long assignmentId) {
        return driver.findElement(By.cssSelector("#assignmentList [data-assignment='" + assignmentId + "']"));
    }

    private WebElement row(long occurrenceId) {
        return driver.findElement(By.xpath("//table//span[@data-occurrence='" + occurrenceId + "']/ancestor::tr[1]"));
    }
}
