package app.securebase.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Gives each browser test a fresh headless Debian Chromium pointed at the shared server, and keeps a screenshot of
 * the page under {@code target/screenshots/} when a test fails.
 *
 * <p>The driver and browser paths are given explicitly so Selenium Manager never tries to download anything.
 */
public final class Browser implements ParameterResolver, AfterTestExecutionCallback, AfterEachCallback {

    private static final Namespace NAMESPACE = Namespace.create(Browser.class);

    /**
     * What a test receives: the driver and the application's root URL. {@link #another()} opens a second, separate
     * browser (its own cookies) for journeys with two people, such as an admin and the clinician they invite.
     */
    public record Session(WebDriver driver, URI base, List<WebDriver> others) {
        public void open(String path) {
            driver.get(base.resolve(path).toString());
        }

        public Session another() {
            WebDriver second = startChromium();
            others.add(second);
            return new Session(second, base, others);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Session.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(Session.class,
                key -> new Session(startChromium(), SharedServer.baseUri(context), new ArrayList<>()), Session.class);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws IOException {
        Session session = context.getStore(NAMESPACE).get(Session.class, Session.class);
        if (session != null && context.getExecutionException().isPresent()) {
            Path dir = Path.of(System.getProperty("securebase.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName()
                    .replaceAll("[^A-Za-z0-9]+", "_") + ".png";
            Path shot = ((TakesScreenshot) session.driver()).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            for (int i = 0; i < session.others().size(); i++) {
                Path other = ((TakesScreenshot) session.others().get(i)).getScreenshotAs(OutputType.FILE).toPath();
                Files.copy(other, dir.resolve(name.replace(".png", "-" + (i + 2) + ".png")),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Session session = context.getStore(NAMESPACE).remove(Session.class, Session.class);
        if (session != null) {
            session.others().forEach(WebDriver::quit);
            session.driver().quit();
        }
    }

    /** A fresh headless Chromium, for a class that runs against a server of its own and manages the driver itself. */
    static WebDriver startChromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("securebase.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--lang=en-US");
        // Keeps the console, where Chromium reports Content-Security-Policy violations (ContentSecurityPolicyBrowserIT).
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("securebase.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
