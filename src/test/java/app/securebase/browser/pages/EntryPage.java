package app.securebase.browser.pages;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code /client/entry.xhtml?o=…}: one homework entry. Fields are found by their key ({@code data-field}), emotions by
 * theirs ({@code data-emotion}), so the page object does not depend on the order of the form.
 */
public class EntryPage extends Page {

    /** Longer than the autosave's pause after the last keystroke. */
    private static final java.time.Duration STEADY = java.time.Duration.ofMillis(1600);

    private static final Pattern SAVED = Pattern.compile("Saved at \\d\\d:\\d\\d");
    private static final By STATUS = By.id("entryForm:saveStatus");

    public EntryPage(WebDriver driver) {
        super(driver);
    }

    public EntryPage awaitLoaded() {
        await(By.id("entryTitle"));
        return this;
    }

    public long occurrenceId() {
        return Long.parseLong(driver.getCurrentUrl().replaceAll(".*[?&]o=(\\d+).*", "$1"));
    }

    public boolean isEditable() {
        return !driver.findElements(By.id("entryForm")).isEmpty();
    }

    private WebElement field(String key) {
        return driver.findElement(By.cssSelector("#entryForm [data-field='" + key + "']"));
    }

    private WebElement input(String key) {
        return field(key).findElement(By.cssSelector("input:not([type='hidden']), textarea"));
    }

    /** Types into a text, number, date or time field, or the number box of a long scale. */
    public EntryPage type(String key, CharSequence... keys) {
        input(key).sendKeys(keys);
        return this;
    }

    public EntryPage clear(String key) {
        input(key).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        return this;
    }

    public String value(String key) {
        return input(key).getAttribute("value");
    }

    /** The label the field's input is announced with. */
    public String label(String key) {
        WebElement input = input(key);
        return driver.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']")).getText();
    }

    /** Ticks (or unticks) an emotion with the keyboard: the focus on its checkbox, then the space bar. */
    public EntryPage toggleEmotionByKeyboard(String emotion) {
        WebElement box = emotionBox(emotion);
        boolean before = box.isSelected();
        box.sendKeys(Keys.SPACE);
        new WebDriverWait(driver, WAIT).until(d -> emotionBox(emotion).isSelected() != before
                && (before || !d.findElements(intensity(emotion)).isEmpty()));
        return this;
    }

    /** Types the intensity of a ticked emotion, reaching its box with Tab from the emotion's checkbox. */
    public EntryPage rateEmotionByKeyboard(String emotion, int intensity) {
        WebElement box = emotionBox(emotion);
        box.sendKeys(Keys.TAB);
        WebElement active = driver.switchTo().activeElement();
        if (!active.equals(driver.findElement(intensity(emotion)))) {
            throw new AssertionError("Tab from " + emotion + " does not lead to its intensity");
        }
        active.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(intensity));
        return this;
    }

    public boolean isEmotionChosen(String emotion) {
        return emotionBox(emotion).isSelected();
    }

    public String emotionIntensity(String emotion) {
        return driver.findElement(intensity(emotion)).getAttribute("value");
    }

    /** The label of an emotion's intensity box: "How strong was lonely?". */
    public String intensityLabel(String emotion) {
        String id = driver.findElement(intensity(emotion)).getAttribute("id");
        return driver.findElement(By.cssSelector("label[for='" + id + "']")).getText();
    }

    private WebElement emotionBox(String emotion) {
        return driver.findElement(By.cssSelector("[data-emotion='" + emotion + "'] input[type='checkbox']"));
    }

    private static By intensity(String emotion) {
        return By.cssSelector("[data-emotion='" + emotion + "'] .sb-intensity input");
    }

    /** Picks an option of a radio group (a single choice or a short scale) by its visible label. */
    public EntryPage choose(String key, String label) {
        for (WebElement option : field(key).findElements(By.cssSelector("label"))) {
            if (option.getText().equals(label)) {
                option.click();
                return this;
            }
        }
        throw new AssertionError("no option '" + label + "' in " + key);
    }

    /**
     * Waits until the status has said "saved" for longer than the autosave's pause after typing (1 s), so that a save
     * the last keystroke still has on its way is waited for too, and returns that line.
     */
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
        return status();
    }

    /** A wait that looks again when the status line is replaced by an ajax update while being read. */
    private WebDriverWait settling() {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    public String status() {
        return driver.findElement(STATUS).getText();
    }

    /** Waits for the conflict the server reports when another tab or device saved first. */
    public String awaitConflict() {
        settling().until(ExpectedConditions.attributeToBe(STATUS, "data-sb-state", "conflict"));
        return await(By.id("conflictText")).getText();
    }

    public EntryPage keepMine() {
        driver.findElement(By.id("entryForm:keepMine")).click();
        awaitSaved();
        return this;
    }

    /** Sends the entry, expecting it refused: waits for the summary of what to fix. */
    public EntryPage submitExpectingProblems() {
        driver.findElement(By.id("entryForm:submit")).click();
        await(By.id("entryForm:problemSummary"));
        return this;
    }

    /** Sends the entry and waits for the read-only view. */
    public EntryPage submit() {
        driver.findElement(By.id("entryForm:submit")).click();
        await(By.id("thanks"));
        return this;
    }

    public String problemSummary() {
        return driver.findElement(By.id("entryForm:problemSummary")).getText();
    }

    /** The messages shown at a field after a refused submit. */
    public String fieldError(String key) {
        return driver.findElement(By.id("error-" + key)).getText();
    }

    /** Whether the input of a field is marked invalid and described by its message. */
    public boolean isMarkedInvalid(String key) {
        WebElement input = input(key);
        return "true".equals(input.getAttribute("aria-invalid"))
                && input.getAttribute("aria-describedby").contains("error-" + key);
    }

    /** The sent entry, read-only: each field's label and its answer as shown. */
    public Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        for (WebElement answer : driver.findElements(By.cssSelector("#entryAnswers [data-field]"))) {
            answers.put(answer.getAttribute("data-field"), answer.findElement(By.tagName("dd")).getText());
        }
        return answers;
    }

    public EntryPage comment(String text) {
        WebElement box = await(By.id("entryCommentForm:comment"));
        box.clear();
        box.sendKeys(text);
        driver.findElement(By.id("entryCommentForm:saveComment")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("entryCommentForm:commentMessages"), "Your comment is saved."));
        return this;
    }

    public String comment() {
        return driver.findElement(By.id("entryCommentForm:comment")).getAttribute("value");
    }

    public EntryPage reload() {
        WebElement before = driver.findElement(By.id("entryTitle"));
        driver.navigate().refresh();
        awaitReplaced(before);
        return awaitLoaded();
    }

    /** The clinician's feedback shown with a sent entry, or empty when there is none. */
    public java.util.Optional<String> feedback() {
        return driver.findElements(By.cssSelector("#feedback .sb-clinician-note-text")).stream().findFirst()
                .map(WebElement::getText);
    }
}
