package app.securebase.browser.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The invitation or reset link shown once after issuing it (the {@code sb:issuedLink} tag). */
final class IssuedLink {

    private IssuedLink() {
    }

    static String read(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='issuedLinkUrl']")))
                .getAttribute("value");
    }
}
