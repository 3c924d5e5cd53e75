package app.securebase.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code /clinician/exercise-builder.xhtml}: building an exercise field by field. Every action redraws the form. */
public class ExerciseBuilderPage extends Page {

    public ExerciseBuilderPage(WebDriver driver) {
        super(driver);
    }

    public ExerciseBuilderPage awaitLoaded() {
        await(By.id("builderForm:save"));
        return this;
    }

    public ExerciseBuilderPage type(String field, String text) {
        WebElement input = driver.findElement(By.id("builderForm:" + field));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Adds a field of the type with this label (as the menu shows it) and gives it a question. */
    public ExerciseBuilderPage addField(String typeLabel, String question) {
        int before = labels().size();
        driver.findElement(By.id("builderForm:newType")).click();
        await(By.cssSelector("[id='builderForm:newType_items'] li[data-label='" + typeLabel + "']")).click();
        redraw(() -> driver.findElement(By.id("builderForm:addField")).click());
        new WebDriverWait(driver, WAIT).until(d -> labels().size() == before + 1);
        driver.findElement(By.id("builderForm:fields:" + before + ":label")).sendKeys(question);
        return this;
    }

    public ExerciseBuilderPage options(int field, String... lines) {
        driver.findElement(By.id("builderForm:fields:" + field + ":options")).sendKeys(String.join("\n", lines));
        return this;
    }

    public ExerciseBuilderPage moveUp(int field) {
        redraw(() -> driver.findElement(By.id("builderForm:fields:" + field + ":up")).click());
        return this;
    }

    public ExerciseBuilderPage remove(int field) {
        redraw(() -> driver.findElement(By.id("builderForm:fields:" + field + ":remove")).click());
        return this;
    }

    /** The questions of the fields, in their order. */
    public List<String> labels() {
        return driver.findElements(By.cssSelector("input[id^='builderForm:fields:'][id$=':label']")).stream()
                .map(input -> input.getAttribute("value")).toList();
    }

    public ExerciseBuilderPage save() {
        WebElement button = driver.findElement(By.id("builderForm:save"));
        button.click();
        awaitReplaced(button);
        return awaitLoaded();
    }

    /** Publishes, confirming in the dialog, and returns the page's messages. */
    public String publish() {
        WebElement button = driver.findElement(By.id("builderForm:publish"));
        button.click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(By.id("builderForm:confirmYes")))
                .click();
        awaitReplaced(button);
        return awaitLoaded().messages();
    }

    public String messages() {
        return driver.findElements(By.cssSelector("[id='builderForm:messages']")).stream().map(WebElement::getText)
                .findFirst().orElse("");
    }

    private void redraw(Runnable action) {
        WebElement before = driver.findElement(By.id("builderForm:save"));
        action.run();
        awaitReplaced(before);
        awaitLoaded();
    }
}
