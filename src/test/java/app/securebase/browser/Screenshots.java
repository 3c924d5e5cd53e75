package app.securebase.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Screenshots of whole pages under {@code target/screenshots/}, to look at what the journeys built. */
public final class Screenshots {

    private Screenshots() {
    }

    /** The whole page: the window is made as tall as the page for the shot, then put back. */
    public static void page(WebDriver driver, String name) {
        Dimension before = driver.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.ceil(document.documentElement.scrollHeight);");
        driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 140, 6000)));
        try {
            Path dir = Path.of(System.getProperty("securebase.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** Runs {@code work} with the window at a phone's size (390 × 844), then puts it back. */
    public static void phone(WebDriver driver, Runnable work) {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d ->
                    ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth;")).intValue() <= 390);
            work.run();
        } finally {
            driver.manage().window().setSize(before);
        }
    }
}
