package app.securebase.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.browser.Browser.Session;
import app.securebase.browser.pages.ExerciseBuilderPage;
import app.securebase.browser.pages.LoginPage;
import app.securebase.testsupport.DemoAccount;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Dr. Rivera builds an exercise of her own: adds, moves and removes fields, publishes it, finds it in the library,
 * and tries it as her clients will fill it in. Dr. Chen never sees the draft.
 */
@ExtendWith(Browser.class)
class ExerciseBuilderBrowserIT {

    @Test
    void aClinicianBuildsPublishesAndTriesHerOwnExercise(Session browser) {
        String title = "Evening wind-down " + UUID.randomUUID().toString().substring(0, 8);
        WebDriver driver = browser.driver();
        browser.open("login.xhtml");
        new LoginPage(driver).awaitLoaded().signIn(DemoAccount.CLINICIAN.email, DemoAccount.CLINICIAN.password);
        browser.open("clinician/exercise-builder.xhtml");
        ExerciseBuilderPage builder = new ExerciseBuilderPage(driver).awaitLoaded()
                .type("title", title)
                .type("summary", "Three quick questions before bed.")
                .type("instructions", "Answer when the day is done.\n\nShort answers are fine.")
                .save();
        assertTrue(driver.getCurrentUrl().contains("exercise-builder.xhtml?id="), "the new draft has its own address");
        String draftUrl = driver.getCurrentUrl();

        builder.addField("Short text", "What happened today?")
                .addField("Scale", "How calm do you feel?")
                .addField("One choice", "Where are you?")
                .options(2, "At home", "Somewhere else");
        builder.moveUp(1);
        assertEquals(List.of("How calm do you feel?", "What happened today?", "Where are you?"), builder.labels());
        builder.remove(1);
        assertEquals(List.of("How calm do you feel?", "Where are you?"), builder.labels());
        String published = builder.publish();
        assertTrue(published.contains("Published as version 1"), published);

        browser.open("clinician/exercises.xhtml");
        WebElement card = new WebDriverWait(driver, java.time.Duration.ofSeconds(15)).until(d ->
                d.findElements(By.xpath("//*[normalize-space(text())='" + title + "']/ancestor::*"
                        + "[.//a[contains(@href,'exercise.xhtml?id=')]][1]//a[contains(@href,'exercise.xhtml?id=')]"))
                        .stream().findFirst().orElse(null));
        String id = card.getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1");
        browser.open("clinician/exercise-try.xhtml?id=" + id);
        assertEquals(title, driver.findElement(By.id("exerciseTitle")).getText());
        assertTrue(driver.getPageSource().contains("How calm do you feel?"));
        assertTrue(driver.findElements(By.cssSelector("#entryForm input[type=radio]")).size() >= 2,
                "the scale and the choice are radio groups, as the client sees them");
        driver.findElement(By.id("entryForm:check")).click();
        new WebDriverWait(driver, java.time.Duration.ofSeconds(15)).until(d -> d.getPageSource()
                .contains("These answers would be accepted."));

        Session other = browser.another();
        other.open("login.xhtml");
        new LoginPage(other.driver()).awaitLoaded().signIn(DemoAccount.OTHER_CLINICIAN.email,
                DemoAccount.OTHER_CLINICIAN.password);
        other.driver().get(draftUrl);
        assertTrue(other.driver().getPageSource().contains("We could not find that page"), "her builder is hers only");
    }
}
