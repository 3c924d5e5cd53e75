package app.securebase.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /clinician/exercise.xhtml?id=…}: an exercise as the client will meet it, fields read-only. */
public class ExercisePreviewPage extends Page {

    public ExercisePreviewPage(WebDriver driver) {
        super(driver);
    }

    public ExercisePreviewPage awaitLoaded() {
        await(By.id("exerciseTitle"));
        return this;
    }

    public String exerciseTitle() {
        return driver.findElement(By.id("exerciseTitle")).getText();
    }

    public String instructions() {
        return driver.findElement(By.id("instructions")).getText();
    }

    public String whyItHelps() {
        return driver.findElement(By.id("why")).getText();
    }

    public List<String> fieldLabels() {
        return driver.findElements(By.cssSelector("#fieldList .sb-field-preview-label > span:first-child")).stream()
                .map(WebElement::getText).toList();
    }

    /** The type chip and what the field accepts, e.g. "Scale Scale 0–100 in steps of 5, …". */
    public String hint(String key) {
        return field(key).findElement(By.cssSelector(".sb-field-preview-hint")).getText();
    }

    /** The emotion families shown under an emotions field (opened first). */
    public List<String> emotionFamilies(String key) {
        WebElement details = field(key).findElement(By.cssSelector("details.sb-emotion-preview"));
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
        return details.findElements(By.tagName("dt")).stream().map(WebElement::getText).toList();
    }

    public AssignExercisePage assign() {
        driver.findElement(By.id("assignExercise")).click();
        return new AssignExercisePage(driver).awaitLoaded();
    }

    public ExerciseLibraryPage backToLibrary() {
        driver.findElement(By.id("backToExercises")).click();
        return new ExerciseLibraryPage(driver).awaitLoaded();
    }

    private WebElement field(String key) {
        return driver.findElement(By.cssSelector("#fieldList [data-key='" + key + "']"));
    }
}
