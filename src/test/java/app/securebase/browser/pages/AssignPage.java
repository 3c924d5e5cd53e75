package app.securebase.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /clinician/assign.xhtml}: give library modules to clients of the caseload. */
public class AssignPage extends Page {

    public AssignPage(WebDriver driver) {
        super(driver);
    }

    public AssignPage awaitLoaded() {
        await(By.id("assignForm:assign"));
        return this;
    }

    /** The labels of the chosen modules, as the menu shows them. */
    public List<String> chosenModules() {
        return chosen("assignForm:modules");
    }

    public List<String> chosenClients() {
        return chosen("assignForm:clients");
    }

    public AssignPage chooseModule(String title) {
        return choose("assignForm:modules", title);
    }

    public AssignPage chooseClient(String name) {
        return choose("assignForm:clients", name);
    }

    public AssignPage note(String text) {
        WebElement note = driver.findElement(By.id("assignForm:note"));
        note.clear();
        note.sendKeys(text);
        return this;
    }

    /** Types a date into the native date field in the browser's own order (Chromium headless: month, day, year). */
    public AssignPage due(java.time.LocalDate date) {
        WebElement due = driver.findElement(By.id("assignForm:due"));
        due.sendKeys(String.format("%02d%02d%d", date.getMonthValue(), date.getDayOfMonth(), date.getYear()));
        return this;
    }

    /** Assigns and returns the page's message (done, or what to fix). */
    public String assign() {
        WebElement button = driver.findElement(By.id("assignForm:assign"));
        button.click();
        awaitReplaced(button);
        return await(By.cssSelector("#assignForm .ui-messages, #assignForm .ui-message-error")).getText();
    }

    public String fieldError(String field) {
        return await(By.cssSelector("[id='assignForm:" + field + "'] ~ .ui-message-error, "
                + "[id='assignForm:" + field + "'] + .ui-message-error")).getText();
    }

    private List<String> chosen(String id) {
        return driver.findElements(By.cssSelector("[id='" + id + "'] .ui-selectcheckboxmenu-token-label")).stream()
                .map(WebElement::getText).toList();
    }

    private AssignPage choose(String id, String label) {
        tickInCheckboxMenu(id, label);
        return this;
    }
}
