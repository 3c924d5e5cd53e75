package app.securebase.browser.pages;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code /admin/audit.xhtml}: the audit log's filters, its table and the chain check. */
public class AuditLogPage extends Page {

    private static final By TABLE = By.id("auditForm:auditTable");
    private static final By ROWS = By.cssSelector("#auditForm\\:auditTable_data > tr");

    /** One row of the table as the admin reads it. */
    public record Row(String time, String user, String action, String outcome, String detail) {
    }

    public AuditLogPage(WebDriver driver) {
        super(driver);
    }

    public AuditLogPage awaitLoaded() {
        await(TABLE);
        return this;
    }

    public AuditLogPage user(String text) {
        type(By.id("filterForm:user"), text);
        return this;
    }

    /** Matches the user's whole email instead of a part of it. */
    public AuditLogPage exactUser(boolean exact) {
        WebElement box = driver.findElement(By.id("filterForm:exactUser"));
        if (box.isSelected() != exact) {
            box.click();
        }
        return this;
    }

    /** @param label the action as the select shows it, e.g. "Signed in" */
    public AuditLogPage action(String label) {
        new Select(driver.findElement(By.id("filterForm:action"))).selectByVisibleText(label);
        return this;
    }

    /** @param isoDate {@code yyyy-MM-dd}, a UTC date */
    public AuditLogPage from(String isoDate) {
        typeDate(By.id("filterForm:from"), isoDate);
        return this;
    }

    public AuditLogPage to(String isoDate) {
        typeDate(By.id("filterForm:to"), isoDate);
        return this;
    }

    /** Applies the filters and waits for the table to be redrawn. */
    public AuditLogPage search() {
        WebElement before = driver.findElement(TABLE);
        driver.findElement(By.id("filterForm:search")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(before));
        return awaitLoaded();
    }

    /** The rows on the current page, newest first; empty when nothing matches. */
    public List<Row> rows() {
        return driver.findElements(ROWS).stream()
                .filter(tr -> !tr.getAttribute("class").contains("ui-datatable-empty-message"))
                .map(tr -> {
                    List<WebElement> cells = tr.findElements(By.tagName("td"));
                    return new Row(cell(cells.get(0)), cell(cells.get(1)), cell(cells.get(2)), cell(cells.get(3)),
                            cell(cells.get(6)));
                })
                .toList();
    }

    public boolean showsNoMatches() {
        return !driver.findElements(By.cssSelector("#auditForm\\:auditTable_data .ui-datatable-empty-message")).isEmpty();
    }

    /** Runs the chain check and returns what the page says about it. */
    public String verifyChain() {
        driver.findElement(By.id("verifyForm:verifyChain")).click();
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#chainIntact, #chainBroken"))).getText();
    }

    public boolean chainIntact() {
        return !driver.findElements(By.id("chainIntact")).isEmpty();
    }

    /** A cell's own text, without the column title PrimeFaces adds for the phone layout. */
    private static String cell(WebElement td) {
        String text = td.getText();
        for (WebElement title : td.findElements(By.className("ui-column-title"))) {
            String label = title.getText();
            if (!label.isEmpty() && text.startsWith(label)) {
                text = text.substring(label.length());
            }
        }
        return text.strip();
    }

    private void type(By field, String text) {
        WebElement input = driver.findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Types a date into a native date field the way a person does: segment by segment in the browser's locale, which
     * the test browser fixes to en-US (month, day, year).
     */
    private void typeDate(By field, String isoDate) {
        LocalDate date = LocalDate.parse(isoDate);
        WebElement input = driver.findElement(field);
        input.clear();
        input.sendKeys(String.format("%02d%02d%04d", date.getMonthValue(), date.getDayOfMonth(), date.getYear()));
        String entered = input.getAttribute("value");
        if (!isoDate.equals(entered)) {
            throw new IllegalStateException("date field holds '" + entered + "' after typing " + isoDate);
        }
    }
}
