package app.securebase.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /clinician/client.xhtml?id=…}: one client of the caseload, with the reading given to them. */
public class ClientRecordPage extends Page {

    public ClientRecordPage(WebDriver driver) {
        super(driver);
    }

    public ClientRecordPage awaitLoaded() {
        await(By.id("readingHeading"));
        return this;
    }

    public String clientName() {
        return driver.findElement(By.id("clientName")).getText();
    }

    /** The reading row of the module with this title; the newest assignment first. */
    public ReadingRow reading(String title) {
        return driver.findElements(By.cssSelector("[id='readingForm:readingTable'] tbody tr")).stream()
                .filter(tr -> !tr.findElements(By.cssSelector(".sb-reading-title")).isEmpty())
                .filter(tr -> tr.findElement(By.cssSelector(".sb-reading-title")).getText().equals(title))
                .findFirst().map(ReadingRow::new)
                .orElseThrow(() -> new AssertionError(title + " is not in the client's reading"));
    }

    public AssignPage assignReading() {
        driver.findElement(By.id("assignReading")).click();
        return new AssignPage(driver).awaitLoaded();
    }

    /** One module given to the client, as the clinician sees it. */
    public static final class ReadingRow {

        private final WebElement row;

        ReadingRow(WebElement row) {
            this.row = row;
        }

        public String status() {
            return row.findElement(By.cssSelector("[class*='sb-chip-reading-']")).getText();
        }

        public String details() {
            return row.getText();
        }

        /** Opens the answers and returns them, question then answer, in order. */
        public List<String> answers() {
            WebElement details = row.findElement(By.cssSelector("details.sb-answers"));
            if (details.getAttribute("open") == null) {
                details.findElement(By.tagName("summary")).click();
            }
            return details.findElements(By.cssSelector("dt, dd")).stream().map(WebElement::getText).toList();
        }
    }
}
