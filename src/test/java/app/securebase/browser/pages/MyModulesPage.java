package app.securebase.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /clinician/modules.xhtml}: the clinician's own modules. */
public class MyModulesPage extends Page {

    public MyModulesPage(WebDriver driver) {
        super(driver);
    }

    public MyModulesPage awaitLoaded() {
        await(By.id("newModule"));
        return this;
    }

    public ModuleEditorPage newModule() {
        driver.findElement(By.id("newModule")).click();
        return new ModuleEditorPage(driver).awaitLoaded();
    }

    public List<String> titles() {
        return driver.findElements(By.cssSelector("[id$=':moduleTitle']")).stream().map(WebElement::getText).toList();
    }

    /** The status chip of the module of this title, as the list shows it. */
    public String statusOf(String title) {
        return driver.findElements(By.cssSelector(".sb-my-module")).stream()
                .filter(row -> row.findElement(By.cssSelector("[id$=':moduleTitle']")).getText().equals(title))
                .findFirst().orElseThrow()
                .findElement(By.cssSelector("[id$=':moduleStatus']")).getText();
    }
}
