package app.securebase.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** {@code /clinician/notes.xhtml}: the unsigned queue, or with {@code ?client=} one client's notes and "start a note". */
public class NoteListPage extends Page {

    public NoteListPage(WebDriver driver) {
        super(driver);
    }

    public NoteListPage awaitLoaded() {
        await(By.id("notesHeading"));
        await(By.id("listForm:noteTable"));
        return this;
    }

    /** Starts a note of the session on the day shown, in {@code formatLabel}, and opens it. */
    public NoteEditorPage start(String formatLabel) {
        new Select(driver.findElement(By.id("startForm:newFormat"))).selectByVisibleText(formatLabel);
        WebElement button = driver.findElement(By.id("startForm:startNote"));
        button.click();
        awaitReplaced(button);
        return new NoteEditorPage(driver).awaitDraft();
    }

    /** The ids of the notes listed on this page of the table, in order. */
    public List<Long> noteIds() {
        return driver.findElements(By.cssSelector("#listForm\\:noteTable a[id$='openNote']")).stream()
                .map(a -> Long.parseLong(a.getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1"))).toList();
    }
}
