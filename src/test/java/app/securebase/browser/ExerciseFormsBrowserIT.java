package app.securebase.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.browser.Browser.Session;
import app.securebase.browser.pages.LoginPage;
import app.securebase.testsupport.DemoAccount;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every exercise of the library as a client fills it in, on a phone-sized screen: the clinician's "try it" page
 * draws each form with the client's own field markup. Each one fits 390 pixels, labels every input, and the server's
 * check of an empty form names the required fields without a word of it being lost or a script being blocked.
 */
@ExtendWith(Browser.class)
class ExerciseFormsBrowserIT {

    @Test
    void everyExerciseFitsAPhoneAndItsRequiredFieldsAreChecked(Session browser) {
        WebDriver driver = browser.driver();
        browser.open("login.xhtml");
        new LoginPage(driver).awaitLoaded().signIn(DemoAccount.CLINICIAN.email, DemoAccount.CLINICIAN.password);
        browser.open("clinician/exercises.xhtml");
        Set<String> ids = new LinkedHashSet<>();
        for (WebElement link : driver.findElements(By.cssSelector("a[href*='exercise.xhtml?id=']"))) {
            ids.add(link.getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1"));
        }
        assertTrue(ids.size() >= 10, "the ten built-in exercises are in the library: " + ids);

        driver.manage().window().setSize(new Dimension(390, 844));
        List<String> problems = new ArrayList<>();
        try {
            for (String id : ids) {
                browser.open("clinician/exercise-try.xhtml?id=" + id);
                String title = driver.findElement(By.id("exerciseTitle")).getText();
                if ((Boolean) ((JavascriptExecutor) driver).executeScript(
                        "return document.documentElement.scrollWidth > window.innerWidth")) {
                    problems.add(title + ": wider than a phone");
                }
                for (WebElement input : driver.findElements(By.cssSelector(
                        "#entryForm input:not([type=hidden]), #entryForm textarea"))) {
                    String inputId = input.getAttribute("id");
                    boolean labelled = !driver.findElements(By.cssSelector("label[for='" + inputId + "']")).isEmpty()
                            || input.getAttribute("aria-label") != null || input.getAttribute("aria-labelledby") != null;
                    if (!labelled && input.isDisplayed()) {
                        problems.add(title + ": input " + inputId + " has no label");
                    }
                }
                int required = driver.findElements(By.cssSelector("#entryForm .sb-required")).size();
                WebElement check = driver.findElement(By.id("entryForm:check"));
                check.click();
                new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(
                        By.cssSelector("#entryForm .ui-messages-error, #entryForm .ui-messages-info")).isEmpty());
                int refused = driver.findElements(By.cssSelector("#entryForm .sb-entry-invalid")).size();
                if (refused != required) {
                    problems.add(title + ": " + required + " required fields, " + refused + " refused when empty");
                }
            }
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
        assertEquals(List.of(), problems);
        List<String> blocked = driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
        assertEquals(List.of(), blocked);
        assertFalse(driver.getPageSource().contains("We could not find that page"));
    }
}
