package app.securebase.browser.pages;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code /clinician/entry.xhtml?o=…}: a client's submitted entry, with feedback and "Mark reviewed". */
public class ReviewEntryPage extends Page {

    public ReviewEntryPage(WebDriver driver) {
        super(driver);
    }

    public ReviewEntryPage awaitLoaded() {
        await(By.id("exerciseTitle"));
        return this;
    }

    public String status() {
        return driver.findElement(By.id("status")).getText();
    }

    public boolean isSubmitted() {
        return !driver.findElements(By.id("entry")).isEmpty();
    }

    /** Each field's key and its answer as shown (items of a list on separate lines). */
    public Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        for (WebElement answer : driver.findElements(By.cssSelector("#entry dd[data-key]"))) {
            answers.put(answer.getAttribute("data-key"), answer.getText());
        }
        return answers;
    }

    public Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (WebElement label : driver.findElements(By.cssSelector("#entry dt[data-key]"))) {
            labels.put(label.getAttribute("data-key"), label.getText());
        }
        return labels;
    }

    public String submittedAt() {
        return driver.findElement(By.id("submittedAt")).getText();
    }

    public ReviewEntryPage writeFeedback(String text) {
        WebElement box = driver.findElement(By.id("reviewForm:feedback"));
        box.clear();
        box.sendKeys(text);
        return this;
    }

    public String feedback() {
        return driver.findElement(By.id("reviewForm:feedback")).getAttribute("value");
    }

    /** Saves the feedback and returns the form's message. */
    public String saveFeedback() {
        WebElement button = driver.findElement(By.id("reviewForm:saveFeedback"));
        button.click();
        awaitReplaced(button);
        return await(By.cssSelector("[id='reviewForm:messages'] .ui-messages-info, [id='reviewForm:feedbackMessage']"))
                .getText();
    }

    public ReviewEntryPage markReviewed() {
        driver.findElement(By.id("reviewForm:markReviewed")).click();
        await(By.id("reviewForm:reviewedAt"));
        return this;
    }

    public String reviewedAt() {
        return driver.findElement(By.id("reviewForm:reviewedAt")).getText();
    }

    public boolean canMarkReviewed() {
        return !driver.findElements(By.id("reviewForm:markReviewed")).isEmpty();
    }

    /** The unreviewed badge on the navigation: its number, or 0 when there is none. */
    public int unreviewedBadge() {
        return ClinicianNavigation.unreviewed(driver);
    }

    public ReviewEntryPage awaitBadge(int count) {
        new WebDriverWait(driver, WAIT).until(d -> ClinicianNavigation.unreviewed(d) == count);
        return this;
    }

    public String noticeIfNotSubmitted() {
        return driver.findElement(By.id("notSubmitted")).getText();
    }

    public ClientHomeworkSection backToClient() {
        WebElement link = driver.findElement(By.id("backToClient"));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(link)).click();
        return new ClientHomeworkSection(driver).awaitLoaded();
    }
}
