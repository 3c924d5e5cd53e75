package app.securebase.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Checks every journey makes of the page as a whole: it fits a phone's width, and the CSP blocked nothing. */
public final class PageChecks {

    /**
     * How long a page may take to settle after the window changed size: charts redraw on a resize observer, and
     * tables re-flow, a frame or a few later.
     */
    private static final Duration SETTLE = Duration.ofSeconds(5);

    private static final String OVERFLOW = "return document.documentElement.scrollWidth"
            + " - document.documentElement.clientWidth;";

    /** The deepest elements reaching past the right edge, named as a developer would look them up. */
    private static final String WIDEST = """
            const limit = document.documentElement.clientWidth;
            const named = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
            return Array.from(document.body.querySelectorAll('*'))
                .filter(e => e.getBoundingClientRect().right > limit + 1)
                .filter(e => !Array.from(e.children).some(c => c.getBoundingClientRect().right > limit + 1))
                .slice(0, 5)
                .map(e => named(e) + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ' px)');
            """;

    private PageChecks() {
    }

    /**
     * Nothing on the page is wider than the window: no sideways scrolling at a phone's width. The page gets a few
     * seconds to settle after a resize; an overflow that stays fails, naming the elements that stick out.
     */
    public static void assertFitsTheWidth(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        try {
            new WebDriverWait(driver, SETTLE).until(d -> ((Number) js.executeScript(OVERFLOW)).intValue() <= 0);
        } catch (TimeoutException stillTooWide) {
            fail("the page scrolls sideways by " + js.executeScript(OVERFLOW) + " px at "
                    + driver.manage().window().getSize().getWidth() + " px; sticking out: " + js.executeScript(WIDEST));
        }
    }

    /** The browser's console messages about anything the Content Security Policy blocked (empty when none). */
    public static List<String> blockedByThePolicy(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }
}
