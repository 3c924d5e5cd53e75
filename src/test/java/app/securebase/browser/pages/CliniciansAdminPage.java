package app.securebase.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code /admin/clinicians.xhtml}. */
public class CliniciansAdminPage extends Page {

    public CliniciansAdminPage(WebDriver driver) {
        super(driver);
    }

    public CliniciansAdminPage awaitLoaded() {
        await(By.id("inviteForm:invite"));
        return this;
    }

    /** Invites a clinician and returns the link shown once (no SMTP in tests). */
    public String invite(String name, String email) {
        driver.findElement(By.id("inviteForm:name")).sendKeys(name);
        driver.findElement(By.id("inviteForm:email")).sendKeys(email);
        driver.findElement(By.id("inviteForm:invite")).click();
        return IssuedLink.read(driver);
    }

    /** Deactivates the clinician with this email, confirming the dialog. */
    public CliniciansAdminPage deactivate(String email) {
        rowOf(email).findElement(By.cssSelector("[id$=':deactivate']")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(By.id("listForm:confirmYes"))).click();
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .until(d -> statusOf(email).equals("Deactivated"));
        return this;
    }

    public String statusOf(String email) {
        return rowOf(email).findElement(By.cssSelector("[id$=':statusText']")).getText();
    }

    private WebElement rowOf(String email) {
        return new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.cssSelector("#listForm\\:clinicianTable tr"))
                .stream().filter(row -> row.getText().contains(email)).findFirst().orElse(null));
    }
}
