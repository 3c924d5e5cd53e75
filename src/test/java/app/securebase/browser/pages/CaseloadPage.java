package app.securebase.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /clinician/clients.xhtml}: the clinician's caseload. */
public class CaseloadPage extends Page {

    public CaseloadPage(WebDriver driver) {
        super(driver);
    }

    public CaseloadPage awaitLoaded() {
        await(By.id("addClientForm:addClient"));
        return this;
    }

    /** Adds a client and returns their invitation link, shown once. */
    public String addClient(String name, String preferredName, String email) {
        driver.findElement(By.id("addClientForm:name")).sendKeys(name);
        driver.findElement(By.id("addClientForm:preferredName")).sendKeys(preferredName);
        driver.findElement(By.id("addClientForm:email")).sendKeys(email);
        driver.findElement(By.id("addClientForm:addClient")).click();
        return IssuedLink.read(driver);
    }

    public List<String> clientNames() {
        return driver.findElements(By.cssSelector("[id$=':openClient']")).stream().map(WebElement::getText).toList();
    }

    /** The client page's address for the client of this name, as the list links it. */
    public String clientPageHref(String name) {
        return driver.findElements(By.cssSelector("[id$=':openClient']")).stream()
                .filter(link -> link.getText().equals(name)).findFirst().orElseThrow().getAttribute("href");
    }
}
