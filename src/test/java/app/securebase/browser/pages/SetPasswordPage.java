package app.securebase.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /set-password.xhtml?token=…}, reached from an invitation or reset link. */
public class SetPasswordPage extends Page {

    public SetPasswordPage(WebDriver driver) {
        super(driver);
    }

    public SetPasswordPage awaitForm() {
        await(By.id("setPasswordForm:save"));
        return this;
    }

    /** Submits the form (a full-page POST) and waits for the page that answers. */
    public SetPasswordPage submit(String password, String confirmation) {
        driver.findElement(By.id("setPasswordForm:password")).sendKeys(password);
        driver.findElement(By.id("setPasswordForm:confirm")).sendKeys(confirmation);
        WebElement before = driver.findElement(By.id("setPasswordForm"));
        driver.findElement(By.id("setPasswordForm:save")).click();
        awaitReplaced(before);
        return this;
    }

    /** Sets the password and waits for the login page it leads to. */
    public LoginPage choose(String password) {
        submit(password, password);
        LoginPage login = new LoginPage(driver).awaitLoaded();
        await(By.id("passwordSetNotice"));
        return login;
    }

    public String messages() {
        return await(By.id("setPasswordForm:messages")).getText();
    }

    public boolean saysLinkUnusable() {
        return !driver.findElements(By.id("linkUnusable")).isEmpty();
    }
}
