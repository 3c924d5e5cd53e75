package app.securebase.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code /client/read.xhtml}: one module, a section a page, with the reflection answers on the last section. */
public class ModuleReaderPage extends Page {

    public ModuleReaderPage(WebDriver driver) {
        super(driver);
    }

    public ModuleReaderPage awaitLoaded() {
        await(By.id("moduleReader"));
        return this;
    }

    /** "Section 2 of 7". */
    public String position() {
        return driver.findElement(By.id("sectionPosition")).getText();
    }

    public boolean saysPickingUpWhereLeftOff() {
        return !driver.findElements(By.id("resumeNotice")).isEmpty();
    }

    public boolean showsClinicianNote(String note) {
        return driver.findElements(By.id("clinicianNote")).stream().anyMatch(n -> n.getText().contains(note));
    }

    public boolean isLastSection() {
        return driver.findElements(By.id("nextSection")).isEmpty();
    }

    public ModuleReaderPage next() {
        WebElement before = driver.findElement(By.id("moduleReader"));
        driver.findElement(By.id("nextSection")).click();
        awaitReplaced(before);
        return awaitLoaded();
    }

    /** The text-size step the reader shows, 0 for normal. */
    public int textStep() {
        String classes = driver.findElement(By.id("textSizeMarker")).getAttribute("class");
        return Integer.parseInt(classes.replaceAll(".*sb-text-step-(\\d+).*", "$1"));
    }

    /** The body text's computed size, in CSS pixels. */
    public double bodyFontSize() {
        return Double.parseDouble(driver.findElement(By.id("moduleBody")).getCssValue("font-size").replace("px", ""));
    }

    public ModuleReaderPage larger() {
        int before = textStep();
        driver.findElement(By.id("textSizeForm:larger")).click();
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .until(d -> textStep() == before + 1);
        return this;
    }

    public ModuleReaderPage smaller() {
        int before = textStep();
        driver.findElement(By.id("textSizeForm:smaller")).click();
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .until(d -> textStep() == before - 1);
        return this;
    }

    public ModuleReaderPage reload() {
        WebElement before = driver.findElement(By.id("moduleReader"));
        driver.navigate().refresh();
        awaitReplaced(before);
        return awaitLoaded();
    }

    public int questionCount() {
        return driver.findElements(By.cssSelector("textarea[id^='answersForm:answers:']")).size();
    }

    /** The label of an answer box: the question. */
    public String question(int position) {
        return driver.findElement(By.cssSelector("label[for='answersForm:answers:" + position + ":answer']")).getText();
    }

    public ModuleReaderPage type(int position, String text) {
        driver.findElement(By.id(box(position))).sendKeys(text);
        return this;
    }

    /** Waits for the answer's status line to say it was saved, and returns that line. */
    public String awaitSaved(int position) {
        By status = By.id("answersForm:answers:" + position + ":status");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textMatches(status,
                java.util.regex.Pattern.compile("Saved at \\d\\d:\\d\\d")));
        return driver.findElement(status).getText();
    }

    public String answer(int position) {
        return driver.findElement(By.id(box(position))).getAttribute("value");
    }

    /** Marks the module read, confirming in the dialog, and waits for the thank-you. */
    public ModuleReaderPage finish() {
        driver.findElement(By.id("answersForm:finish")).click();
        await(By.id("answersForm:confirmYes")).click();
        await(By.id("thanks"));
        return this;
    }

    public boolean hasAnswerBoxes() {
        return questionCount() > 0;
    }

    /** The answers as shown once the module is marked read. */
    public List<String> finalAnswers() {
        return driver.findElements(By.cssSelector("#finalAnswers dd")).stream().map(WebElement::getText).toList();
    }

    public BreakPage takeABreak() {
        driver.findElement(By.id("takeABreakLink")).click();
        return new BreakPage(driver).awaitLoaded();
    }

    private static String box(int position) {
        return "answersForm:answers:" + position + ":answer";
    }
}
