package app.securebase.browser.pages;

import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /client/index.xhtml}, "Today": the client's homework in groups; each item carries its occurrence's id. */
public class TodayPage extends Page {

    /** The groups, by the id of their section. */
    public enum Group {
        DUE_TODAY("dueToday"), OVERDUE("overdue"), UPCOMING("upcoming"), DONE("recentlyCompleted");

        final String id;

        Group(String id) {
            this.id = id;
        }
    }

    public TodayPage(WebDriver driver) {
        super(driver);
    }

    public TodayPage awaitLoaded() {
        await(By.id("homeworkCard"));
        return this;
    }

    /** The occurrence ids listed in a group, in order; empty when the group is not shown. */
    public List<Long> ids(Group group) {
        return driver.findElements(By.cssSelector("#" + group.id + " [data-occurrence]")).stream()
                .map(item -> Long.parseLong(item.getAttribute("data-occurrence"))).toList();
    }

    /** The first occurrence still to do (today, from earlier or coming up) of the exercise with this title. */
    public Optional<Long> firstOpen(String title) {
        for (Group group : List.of(Group.DUE_TODAY, Group.OVERDUE, Group.UPCOMING)) {
            for (WebElement item : driver.findElements(By.cssSelector("#" + group.id + " [data-occurrence]"))) {
                if (item.findElement(By.cssSelector("h4 a")).getText().equals(title)) {
                    return Optional.of(Long.parseLong(item.getAttribute("data-occurrence")));
                }
            }
        }
        return Optional.empty();
    }

    /** The last occurrence still to do of the exercise with this title. */
    public Optional<Long> lastOpen(String title) {
        Optional<Long> last = Optional.empty();
        for (Group group : List.of(Group.DUE_TODAY, Group.OVERDUE, Group.UPCOMING)) {
            for (WebElement item : driver.findElements(By.cssSelector("#" + group.id + " [data-occurrence]"))) {
                if (item.findElement(By.cssSelector("h4 a")).getText().equals(title)) {
                    last = Optional.of(Long.parseLong(item.getAttribute("data-occurrence")));
                }
            }
        }
        return last;
    }

    public String itemText(long occurrenceId) {
        return item(occurrenceId).getText();
    }

    public boolean showsReadingCard() {
        return !driver.findElements(By.id("readingCard")).isEmpty();
    }

    public EntryPage open(long occurrenceId) {
        item(occurrenceId).findElement(By.cssSelector("h4 a")).click();
        return new EntryPage(driver).awaitLoaded();
    }

    /** The item in Today's own groups (the header's notifications list the same occurrences too). */
    private WebElement item(long occurrenceId) {
        String inGroups = java.util.Arrays.stream(Group.values())
                .map(group -> "#" + group.id + " [data-occurrence='" + occurrenceId + "']")
                .collect(java.util.stream.Collectors.joining(", "));
        return driver.findElement(By.cssSelector(inGroups));
    }
}
