package app.securebase.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code /admin/clients.xhtml}: names and clinicians of the practice's clients. */
public class ClientsAdminPage extends Page {

    public ClientsAdminPage(WebDriver driver) {
        super(driver);
    }

    public ClientsAdminPage awaitLoaded() {
        await(By.id("listForm:clientTable"));
        return this;
    }

    public ClientsAdminPage search(String text) {
        WebElement search = driver.findElement(By.id("listForm:search"));
        search.clear();
        search.sendKeys(text);
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.cssSelector("#listForm\\:clientTable tbody tr"))
                .stream().allMatch(row -> row.getText().contains(text)));
        return this;
    }

    /** Moves the client with this email to the clinician whose choice label contains {@code clinicianEmail}. */
    public ClientsAdminPage transfer(String clientEmail, String clinicianEmail) {
        search(clientEmail);
        driver.findElement(By.cssSelector("#listForm\\:clientTable [id$=':select']")).click();
        await(By.id("transferForm:transfer"));
        Select target = new Select(driver.findElement(By.id("transferForm:target")));
        target.getOptions().stream().filter(option -> option.getText().contains(clinicianEmail)).findFirst()
                .orElseThrow(() -> new AssertionError("no clinician " + clinicianEmail + " to choose")).click();
        driver.findElement(By.id("transferForm:transfer")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.id("transferForm:transfer")).isEmpty());
        return this;
    }

    public String clinicianOf(String clientEmail) {
        search(clientEmail);
        return driver.findElement(By.cssSelector("#listForm\\:clientTable [id$=':clinicianName']")).getText();
    }
}
