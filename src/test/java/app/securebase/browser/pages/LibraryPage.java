package app.securebase.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /clinician/library.xhtml}: the published modules, searched as you type. */
public class LibraryPage extends Page {

    public LibraryPage(WebDriver driver) {
        super(driver);
    }

    public LibraryPage awaitLoaded() {
        await(By.id("libraryForm:search"));
        return this;
    }

    /**
     * Types a search and waits for the list to be redrawn. The search also matches summaries and text, so the list
     * may hold titles without the words.
     */
    public LibraryPage search(String text) {
        WebElement before = driver.findElement(By.id("libraryForm:moduleTable"));
        WebElement search = driver.findElement(By.id("libraryForm:search"));
        search.clear();
        search.sendKeys(text);
        awaitReplaced(before);
        await(By.id("libraryForm:moduleTable"));
        return this;
    }

    public List<String> titles() {
        return driver.findElements(By.cssSelector("[id$=':openModule']")).stream().map(WebElement::getText).toList();
    }

    /** Follows the Assign link of the module with this title. */
    public AssignPage assign(String title) {
        WebElement card = driver.findElements(By.cssSelector(".sb-module-card")).stream()
                .filter(c -> c.findElement(By.cssSelector("[id$=':openModule']")).getText().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError(title + " is not listed"));
        card.findElement(By.cssSelector("[id$=':assignModule']")).click();
        return new AssignPage(driver).awaitLoaded();
    }
}
