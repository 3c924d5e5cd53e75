package app.securebase.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code /clinician/assign-exercise.xhtml}: give an exercise to clients, once or on a schedule. */
public class AssignExercisePage extends Page {

    public AssignExercisePage(WebDriver driver) {
        super(driver);
    }

    public AssignExercisePage awaitLoaded() {
        await(By.id("assignForm:assign"));
        return this;
    }

    /** The exercise the menu shows as chosen. */
    public String chosenExercise() {
        return driver.findElement(By.id("assignForm:exercise_label")).getText();
    }

    public AssignExercisePage chooseClient(String name) {
        tickInCheckboxMenu("assignForm:clients", name);
        return this;
    }

    /** Picks how often by the radio button's label: "Once", "Daily" or "Weekly". */
    public AssignExercisePage frequency(String label) {
        return radio("frequency", label);
    }

    /** Types the due time into the native time field in the browser's own order (en-US: hh mm AM/PM). */
    public AssignExercisePage dueTime(int hour, int minute) {
        WebElement time = driver.findElement(By.id("assignForm:dueTime"));
        time.click();
        time.sendKeys(String.format("%02d%02d%s", hour % 12 == 0 ? 12 : hour % 12, minute, hour < 12 ? "AM" : "PM"));
        time.sendKeys(Keys.TAB);
        return awaitSummaryChange();
    }

    public AssignExercisePage times(int times) {
        WebElement field = driver.findElement(By.id("assignForm:times"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(times), Keys.TAB);
        return awaitSummaryChange();
    }

    public String times() {
        return driver.findElement(By.id("assignForm:times")).getAttribute("value");
    }

    public AssignExercisePage instructions(String text) {
        WebElement field = driver.findElement(By.id("assignForm:instructions"));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public String instructions() {
        return driver.findElement(By.id("assignForm:instructions")).getAttribute("value");
    }

    /** The schedule in words, under the form. */
    public String summary() {
        return driver.findElement(By.id("assignForm:summary")).getText();
    }

    /** Assigns, expecting to stay on the page with what to fix. */
    public AssignExercisePage assignExpectingProblems() {
        WebElement button = driver.findElement(By.id("assignForm:assign"));
        button.click();
        awaitReplaced(button);
        await(By.cssSelector("#assignForm .ui-message-error"));
        return this;
    }

    /** Assigns to one client: the page goes on to that client's record. */
    public ClientHomeworkSection assign() {
        driver.findElement(By.id("assignForm:assign")).click();
        return new ClientHomeworkSection(driver).awaitLoaded();
    }

    /** The message shown at a field of the form ("clients", "times", ...). */
    public String fieldError(String field) {
        return await(By.cssSelector("[id='assignForm:" + field + "'] ~ .ui-message-error, "
                + "[id='assignForm:" + field + "Message'].ui-message-error")).getText();
    }

    private AssignExercisePage radio(String id, String label) {
        WebElement group = driver.findElement(By.id("assignForm:" + id));
        for (WebElement option : group.findElements(By.cssSelector("label"))) {
            if (option.getText().equals(label)) {
                option.click();
                return awaitSummaryChange();
            }
        }
        throw new AssertionError("no option " + label + " in " + id);
    }

    /** Ajax updates replace the summary; waiting for that keeps the next step from racing the last. */
    private AssignExercisePage awaitSummaryChange() {
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
        return this;
    }
}
