package app.securebase.browser.pages;

import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The clinician's home, {@code /clinician/index.xhtml}: the caseload at a glance and the dashboard table. */
public class DashboardPage extends Page {

    private static final By TABLE = By.id("dashboardForm:caseloadTable");
    private static final By FILTER = By.id("dashboardForm:filter");

    public DashboardPage(WebDriver driver) {
        super(driver);
    }

    public DashboardPage awaitLoaded() {
        await(TABLE);
        return this;
    }

    /** A figure of the "at a glance" strip: clients, keepingUp, overdue, review, inactive. */
    public long glance(String figure) {
        return Long.parseLong(driver.findElement(glanceItem(figure)).findElement(By.className("sb-glance-number"))
                .getText().strip());
    }

    private static By glanceItem(String figure) {
        return By.cssSelector("[id$='glance" + Character.toUpperCase(figure.charAt(0)) + figure.substring(1) + "']");
    }

    /** The client names in the table, top to bottom. */
    public List<String> clientNames() {
        return driver.findElement(TABLE).findElements(By.cssSelector("a.sb-client-link")).stream()
                .map(WebElement::getText).toList();
    }

    /** One client's line, if the current page of the table shows it. */
    public Optional<Row> row(String clientName) {
        return driver.findElement(TABLE).findElements(By.cssSelector("tbody tr")).stream()
                .filter(tr -> tr.findElements(By.cssSelector("a.sb-client-link")).stream()
                        .anyMatch(link -> link.getText().equals(clientName)))
                .findFirst().map(tr -> new Row(tr, driver));
    }

    public DashboardPage search(String text) {
        WebElement field = driver.findElement(By.id("dashboardForm:search"));
        WebElement before = driver.findElement(TABLE);
        // Select and delete rather than clear(): the page searches on key presses, and clear() presses none.
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        field.sendKeys(text);
        awaitReplaced(before);
        return awaitLoaded();
    }

    /** Picks a filter by its label in the native select, as a keyboard or touch user would. */
    public DashboardPage filter(String label) {
        WebElement before = driver.findElement(TABLE);
        new Select(driver.findElement(FILTER)).selectByVisibleText(label);
        awaitReplaced(before);
        return awaitLoaded();
    }

    /** Clicks a figure of the strip, which filters the table to the clients it counts. */
    public DashboardPage showGlance(String figure) {
        WebElement before = driver.findElement(TABLE);
        driver.findElement(glanceItem(figure)).click();
        awaitReplaced(before);
        return awaitLoaded();
    }

    public String chosenFilter() {
        return new Select(driver.findElement(FILTER)).getFirstSelectedOption().getText();
    }

    public String exportHref() {
        return driver.findElement(By.id("dashboardForm:export")).getAttribute("href");
    }

    /** The table's "no client matches" line, waited for (a search answers after the typing pauses). */
    public String emptyMessage() {
        return await(By.cssSelector("[id='dashboardForm:caseloadTable'] tr.ui-datatable-empty-message")).getText();
    }

    /** Waits until the table holds exactly these names (after an ajax update of the table alone). */
    public DashboardPage awaitNames(List<String> names) {
        new WebDriverWait(driver, WAIT).until(d -> {
            try {
                return clientNames().equals(names);
            } catch (org.openqa.selenium.StaleElementReferenceException stale) {
                return false;
            }
        });
        return this;
    }

    /** A client's line: its figures by the ids of the cells' contents. */
    public static final class Row {

        private final WebElement tr;
        private final WebDriver driver;

        Row(WebElement tr, WebDriver driver) {
            this.tr = tr;
            this.driver = driver;
        }

        private String text(String idSuffix) {
            return tr.findElements(By.cssSelector("[id$=':" + idSuffix + "']")).stream().findFirst()
                    .map(WebElement::getText).map(String::strip).orElse("");
        }

        public long awaitingReview() {
            return Long.parseLong(text("awaiting"));
        }

        public long overdue() {
            return Long.parseLong(text("overdue"));
        }

        public long active() {
            return Long.parseLong(text("active"));
        }

        /** "3 of 4 done · 75 %" or "Nothing due". */
        public String week() {
            String figures = text("weekText");
            return figures.isEmpty() ? text("weekNone") : figures;
        }

        public String lastActivity() {
            return text("lastActivity");
        }

        public ClientRecordPage open() {
            tr.findElement(By.cssSelector("a.sb-client-link")).click();
            return new ClientRecordPage(driver).awaitLoaded();
        }
    }
}
