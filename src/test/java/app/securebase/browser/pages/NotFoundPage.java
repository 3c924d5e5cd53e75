package app.securebase.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The page shown for a missing page and for a page of another role alike. */
public class NotFoundPage extends Page {

    public NotFoundPage(WebDriver driver) {
        super(driver);
    }

    public NotFoundPage awaitLoaded() {
        await(By.id("notFound"));
        return this;
    }
}
