package app.securebase.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code /clinician/module-edit.xhtml}: the module editor. The body is a Quill editor (a contenteditable
 * {@code .ql-editor}) whose HTML PrimeFaces copies into the hidden input {@code editForm:body_input} when it loses focus.
 */
public class ModuleEditorPage extends Page {

    public ModuleEditorPage(WebDriver driver) {
        super(driver);
    }

    public ModuleEditorPage awaitLoaded() {
        await(By.id("editForm:save"));
        await(By.cssSelector("#editForm\\:body .ql-editor"));
        return this;
    }

    public ModuleEditorPage typeTitle(String text) {
        return type("editForm:title", text);
    }

    public ModuleEditorPage typeSummary(String text) {
        return type("editForm:summary", text);
    }

    public ModuleEditorPage typeContentNote(String text) {
        return type("editForm:contentNote", text);
    }

    public ModuleEditorPage typeQuestions(String... lines) {
        return type("editForm:questions", String.join("\n", lines));
    }

    public ModuleEditorPage chooseTopic(String label) {
        driver.findElement(By.xpath("//div[@id='editForm:topics']//label[normalize-space()='" + label + "']")).click();
        return this;
    }

    /** Types into the body where the cursor is; if the body does not have the focus, at its end. */
    public ModuleEditorPage typeInBody(CharSequence... keys) {
        WebElement editor = bodyEditor();
        if (!editor.equals(driver.switchTo().activeElement())) {
            editor.click();
            editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        }
        editor.sendKeys(keys);
        return this;
    }

    /** Presses a toolbar button of the body editor: header2, header3, bold, italic, bullet, ordered, blockquote, link. */
    public ModuleEditorPage toolbar(String button) {
        String selector = switch (button) {
            case "header2" -> ".ql-header[value='2']";
            case "header3" -> ".ql-header[value='3']";
            case "bullet" -> ".ql-list[value='bullet']";
            case "ordered" -> ".ql-list[value='ordered']";
            default -> ".ql-" + button;
        };
        driver.findElement(By.cssSelector("#editForm\\:body_toolbar " + selector)).click();
        return this;
    }

    public WebElement bodyEditor() {
        return driver.findElement(By.cssSelector("#editForm\\:body .ql-editor"));
    }

    /**
     * Replaces what the form will send as the body with raw HTML, as a hand-made request could: the editor itself never
     * produces it. The editor must not have the focus, or it copies its own content over this when it loses it.
     */
    public ModuleEditorPage forceBodyHtml(String html) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById('editForm:body_input').value = arguments[0];",
                html);
        return this;
    }

    /** Saves; waits for the redrawn form (or, for a new module, the page of its new id). */
    public ModuleEditorPage save() {
        return submit("editForm:save");
    }

    /** Publish, then "Yes, continue" in the confirmation. */
    public ModuleEditorPage publish() {
        driver.findElement(By.id("editForm:publish")).click();
        await(By.id("confirmDialog"));
        WebElement before = driver.findElement(By.id("editForm:save"));
        await(By.id("confirmYes")).click();
        awaitReplaced(before);
        return awaitLoaded();
    }

    public String confirmationText() {
        driver.findElement(By.id("editForm:publish")).click();
        String text = await(By.id("confirmDialog")).getText();
        driver.findElement(By.id("confirmNo")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirmDialog")));
        return text;
    }

    public DraftPreviewPage saveAndPreview() {
        WebElement before = driver.findElement(By.id("editForm:save"));
        driver.findElement(By.id("editForm:preview")).click();
        awaitReplaced(before);
        return new DraftPreviewPage(driver).awaitLoaded();
    }

    /** The message next to a field (title, summary, contentNote, body, topics, questions, sources), or "". */
    public String messageFor(String field) {
        return driver.findElement(By.id("editForm:" + field + "Message")).getText();
    }

    public List<String> globalMessages() {
        return driver.findElements(By.cssSelector("#editForm\\:messages .ui-messages-info, "
                + "#editForm\\:messages .ui-messages-error")).stream().map(WebElement::getText).toList();
    }

    public String status() {
        return driver.findElement(By.id("editForm:statusPanel")).getText();
    }

    public String value(String field) {
        return driver.findElement(By.id("editForm:" + field)).getAttribute("value");
    }

    public String bodyHtml() {
        return bodyEditor().getAttribute("innerHTML");
    }

    public String moduleId() {
        String query = java.net.URI.create(driver.getCurrentUrl()).getQuery();
        return query == null ? null : query.replaceAll(".*(?:^|&)id=(\\d+).*", "$1");
    }

    private ModuleEditorPage type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    private ModuleEditorPage submit(String button) {
        WebElement before = driver.findElement(By.id(button));
        before.click();
        awaitReplaced(before);
        return awaitLoaded();
    }
}
