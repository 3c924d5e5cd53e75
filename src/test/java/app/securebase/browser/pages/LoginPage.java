package app.securebase.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /login.xhtml}. */
public class LoginPage extends Page {

    public LoginPage(WebDriver driver) {
        super(driver);
    }

    public LoginPage awaitLoaded() {
        await(By.id("loginForm:email"));
        return this;
    }

    public LoginPage fill(String email, String password) {
        WebElement emailField = driver.findElement(By.id("loginForm:email"));
        emailField.clear();
        emailField.sendKeys(email);
        WebElement passwordField = driver.findElement(By.id("loginForm:password"));
        passwordField.clear();
        passwordField.sendKeys(password);
        return this;
    }

    /** Signs in and waits for the page the server sends the user to. */
    public HomePage signIn(String email, String password) {
        fill(email, password);
        driver.findElement(By.id("loginForm:signIn")).click();
        return new HomePage(driver).awaitLoaded();
    }

    /** Submits the password step of an account with two-step sign-in. */
    public SecondFactorPage signInToCodeStep(String email, String password) {
        fill(email, password);
        driver.findElement(By.id("loginForm:signIn")).click();
        return new SecondFactorPage(driver).awaitLoaded();
    }

    /** Signs in with credentials that should be refused; stays on this page. */
    public LoginPage signInExpectingFailure(String email, String password) {
        fill(email, password);
        WebElement before = driver.findElement(By.id("loginForm"));
        driver.findElement(By.id("loginForm:signIn")).click();
        // A full-page POST: wait for the new page, or the previous attempt's message would be read.
        awaitReplaced(before);
        await(By.cssSelector("#loginForm\\:messages .ui-messages-error"));
        return this;
    }

    public String errorMessage() {
        return driver.findElement(By.cssSelector("#loginForm\\:messages .ui-messages-error")).getText();
    }

    public String enteredEmail() {
        return driver.findElement(By.id("loginForm:email")).getAttribute("value");
    }

    public boolean showsSignedOutNotice() {
        return !driver.findElements(By.id("signedOutNotice")).isEmpty();
    }
}
