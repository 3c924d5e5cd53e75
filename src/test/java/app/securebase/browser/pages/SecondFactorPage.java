package app.securebase.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code /sign-in-code.xhtml}: the code step of signing in. */
public class SecondFactorPage extends Page {

    public SecondFactorPage(WebDriver driver) {
        super(driver);
    }

    public SecondFactorPage awaitLoaded() {
        await(By.id("codeForm:code"));
        return this;
    }

    public HomePage enter(String code) {
        driver.findElement(By.id("codeForm:code")).sendKeys(code);
        driver.findElement(By.id("codeForm:verify")).click();
        return new HomePage(driver).awaitLoaded();
    }
}
