package app.securebase.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The clinician's navigation: its links and the badge with the number of submissions to review. */
public final class ClinicianNavigation {

    private ClinicianNavigation() {
    }

    /** The badge's number, or 0 when no badge is shown. */
    public static int unreviewed(WebDriver driver) {
        return driver.findElements(By.id("unreviewedBadge")).stream().findFirst()
                .map(WebElement::getText).map(String::strip).map(Integer::parseInt).orElse(0);
    }

    /** What a screen reader says for the badge, e.g. "2 submissions to review"; empty when none is shown. */
    public static String unreviewedLabel(WebDriver driver) {
        return driver.findElements(By.id("unreviewedBadge")).stream().findFirst()
                .map(badge -> badge.getAttribute("aria-label")).orElse("");
    }

    public static ExerciseLibraryPage openExercises(WebDriver driver) {
        driver.findElement(By.id("navExercises")).click();
        return new ExerciseLibraryPage(driver).awaitLoaded();
    }
}
