package app.securebase.browser.pages;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code /clinician/note.xhtml}: a draft note saved as it is typed, or a signed note with its addenda. */
public class NoteEditorPage extends Page {

    /** Longer than the autosave's pause after the last keystroke. */
    private static final Duration STEADY = Duration.ofMillis(1600);
    private static final Pattern SAVED = Pattern.compile("Saved at \\d\\d:\\d\\d");
    private static final By STATUS = By.id("noteForm:saveStatus");

    public NoteEditorPage(WebDriver driver) {
        super(driver);
    }

    public NoteEditorPage awaitDraft() {
        await(By.id("noteForm"));
        return this;
    }

    public NoteEditorPage awaitSigned() {
        await(By.id("signature"));
        return this;
    }

    public long noteId() {
        return Long.parseLong(driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    private By section(String key) {
        return By.cssSelector("#noteForm textarea[data-section='" + key + "']");
    }

    private WebElement center(By locator) {
        WebElement element = await(locator);
        // The page's sticky save bar covers the bottom of the window: bring the field to the middle first.
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return element;
    }

    public NoteEditorPage startTime(String hhmm) {
        WebElement input = center(By.id("noteForm:startTime"));
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                input, hhmm);
        return this;
    }

    public NoteEditorPage duration(int minutes) {
        WebElement input = center(By.id("noteForm:duration"));
        input.clear();
        input.sendKeys(String.valueOf(minutes), Keys.TAB);
        return this;
    }

    public NoteEditorPage type(String section, String text) {
        center(section(section)).sendKeys(text);
        return this;
    }

    public String text(String section) {
        return driver.findElement(section(section)).getAttribute("value");
    }

    public List<String> sectionKeys() {
        return driver.findElements(By.cssSelector("#noteForm textarea[data-section]")).stream()
                .map(t -> t.getAttribute("data-section")).toList();
    }

    /** Inserts the homework review and waits until the first section holds it. */
    public NoteEditorPage insertHomeworkReview(String firstSection) {
        String before = text(firstSection);
        center(By.id("noteForm:insertReview")).click();
        settling().until(d -> !text(firstSection).equals(before));
        return this;
    }

    /** Waits until the status has said "saved" for longer than the autosave's pause after typing. */
    public String awaitSaved() {
        long[] savedSince = {0};
        settling().until(d -> {
            WebElement line = d.findElement(STATUS);
            boolean saved = "saved".equals(line.getAttribute("data-sb-state")) && SAVED.matcher(line.getText()).find();
            if (!saved) {
                savedSince[0] = 0;
                return false;
            }
            if (savedSince[0] == 0) {
                savedSince[0] = System.nanoTime();
            }
            return System.nanoTime() - savedSince[0] >= STEADY.toNanos();
        });
        return driver.findElement(STATUS).getText();
    }

    /** Signs with a wrong password and returns the message shown at the password. */
    public String signExpectingRefusal(String password) {
        center(By.id("noteForm:signPassword")).sendKeys(password);
        driver.findElement(By.id("noteForm:sign")).click();
        return settling().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#noteForm .ui-message-error"))).getText();
    }

    public NoteEditorPage sign(String password) {
        WebElement field = center(By.id("noteForm:signPassword"));
        field.clear();
        field.sendKeys(password);
        driver.findElement(By.id("noteForm:sign")).click();
        return awaitSigned();
    }

    public String signatureHash() {
        return await(By.id("signatureHash")).getText();
    }

    public String signatureText() {
        return await(By.id("signature")).getText();
    }

    /** The signed note's text of a section. */
    public String signedText(String section) {
        return await(By.cssSelector("#signedNote [data-section='" + section + "'] .notes-text")).getText();
    }

    public NoteEditorPage addAddendum(String text, String password) {
        int before = addenda().size();
        center(By.id("addendumForm:addendumText")).sendKeys(text);
        center(By.id("addendumForm:addendumPassword")).sendKeys(password);
        driver.findElement(By.id("addendumForm:signAddendum")).click();
        settling().until(d -> addenda().size() == before + 1);
        return this;
    }

    /** The addenda's texts with their signature lines, oldest first. */
    public List<String> addenda() {
        return driver.findElements(By.cssSelector(".notes-addendum")).stream().map(WebElement::getText).toList();
    }

    public String messages() {
        return driver.findElements(By.cssSelector(".ui-messages")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + "\n" + b).strip();
    }

    private WebDriverWait settling() {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
