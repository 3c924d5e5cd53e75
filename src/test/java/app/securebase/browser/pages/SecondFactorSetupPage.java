package app.securebase.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /account/security.xhtml}: setting up two-step sign-in. */
public class SecondFactorSetupPage extends Page {

    public SecondFactorSetupPage(WebDriver driver) {
        super(driver);
    }

    public SecondFactorSetupPage awaitLoaded() {
        await(By.id("mfaStatus"));
        return this;
    }

    public boolean saysRequired() {
        return !driver.findElements(By.id("requiredNotice")).isEmpty();
    }

    /** Starts set-up and returns the key shown for manual entry, as an authenticator app would read it. */
    public String start() {
        driver.findElement(By.id("mfaForm:startEnrollment")).click();
        return await(By.id("manualSecret")).getText().replace(" ", "");
    }

    /** Confirms with a code and returns the recovery codes shown once. */
    public List<String> confirm(String code) {
        driver.findElement(By.id("mfaForm:code")).sendKeys(code);
        driver.findElement(By.id("mfaForm:confirmEnrollment")).click();
        await(By.id("recoveryCodes"));
        return driver.findElements(By.cssSelector("#recoveryCodes code")).stream().map(WebElement::getText).toList();
    }

    public SecondFactorSetupPage disable(String password) {
        driver.findElement(By.id("mfaForm:disablePassword")).sendKeys(password);
        driver.findElement(By.id("mfaForm:disable")).click();
        await(By.id("mfaForm:startEnrollment"));
        return this;
    }

    public SecondFactorSetupPage codesSaved() {
        driver.findElement(By.id("mfaForm:codesSaved")).click();
        await(By.id("mfaForm:newCodes"));
        return this;
    }
}
