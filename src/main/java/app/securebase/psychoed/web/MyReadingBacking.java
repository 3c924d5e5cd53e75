package app.securebase.psychoed.web;

import app.securebase.platform.web.LocalTimes;
import app.securebase.psychoed.ModuleAssignment;
import app.securebase.psychoed.ReadingService;
import app.securebase.psychoed.ReadingStatus;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Backs {@code /client/reading.xhtml} and the reading card of the client's home: the signed-in client's modules in
 * the three groups a client thinks in (new, in progress, completed), from one query per request.
 */
@Named
@RequestScoped
public class MyReadingBacking {

    private static final Comparator<Instant> LATEST_FIRST = Comparator.nullsLast(Comparator.reverseOrder());

    @Inject
    ReadingService reading;

    @Inject
    LocalTimes when;

    private List<ModuleAssignment> all;
    private List<ModuleAssignment> newItems;
    private List<ModuleAssignment> inProgress;
    private List<ModuleAssignment> completed;

    @PostConstruct
    void init() {
        all = reading.myReading();
        newItems = all.stream().filter(a -> a.getStatus() == ReadingStatus.ASSIGNED).toList();
        inProgress = all.stream().filter(a -> a.getStatus() == ReadingStatus.OPENED)
                .sorted(Comparator.comparing(ModuleAssignment::getLastOpenedAt, LATEST_FIRST)).toList();
        completed = all.stream().filter(a -> a.getStatus() == ReadingStatus.READ)
                .sorted(Comparator.comparing(ModuleAssignment::getReadAt, LATEST_FIRST)).toList();
    }

    /** Not opened yet, newest first. */
    public List<ModuleAssignment> getNewItems() {
        return newItems;
    }

    /** Opened and not marked read, the one read most recently first. */
    public List<ModuleAssignment> getInProgress() {
        return inProgress;
    }

    /** Marked read, the latest first. */
    public List<ModuleAssignment> getCompleted() {
        return completed;
    }

    /** Anything assigned at all (not withdrawn); "empty" is a reserved word in EL. */
    public boolean isAnyReading() {
        return !all.isEmpty();
    }

    /** The unread module with the earliest suggested date, if any has one. */
    public Optional<ModuleAssignment> nextDue() {
        return all.stream().filter(a -> a.getReadAt() == null && a.getDueDate() != null)
                .min(Comparator.comparing(ModuleAssignment::getDueDate));
    }

    public ModuleAssignment getNextDue() {
        return nextDue().orElse(null);
    }

    /** Its suggested date has passed in the client's own time zone; shown gently, never as an alarm. */
    public boolean pastDate(ModuleAssignment assignment) {
        return assignment.isOverdue(when.today());
    }
}
