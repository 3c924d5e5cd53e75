package app.securebase.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /clinician/exercises.xhtml}: the published exercises, each with Preview and Assign. */
public class ExerciseLibraryPage extends Page {

    public ExerciseLibraryPage(WebDriver driver) {
        super(driver);
    }

    public ExerciseLibraryPage awaitLoaded() {
        await(By.id("exerciseList"));
        return this;
    }

    public List<String> titles() {
        return driver.findElements(By.cssSelector("#exerciseList .sb-exercise-title")).stream()
                .map(WebElement::getText).toList();
    }

    /** The minutes and topic chips of an exercise, as one line. */
    public String meta(String title) {
        return card(title).findElement(By.cssSelector(".sb-meta")).getText();
    }

    public ExercisePreviewPage preview(String title) {
        card(title).findElement(By.cssSelector("a.sb-preview-link")).click();
        return new ExercisePreviewPage(driver).awaitLoaded();
    }

    public AssignExercisePage assign(String title) {
        card(title).findElement(By.cssSelector("a.sb-assign-link")).click();
        return new AssignExercisePage(driver).awaitLoaded();
    }

    private WebElement card(String title) {
        return driver.findElements(By.cssSelector("#exerciseList .sb-exercise-card")).stream()
                .filter(card -> card.findElement(By.cssSelector(".sb-exercise-title")).getText().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError(title + " is not in the exercise library"));
    }
}
