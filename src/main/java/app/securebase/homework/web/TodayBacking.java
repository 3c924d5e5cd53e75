package app.securebase.homework.web;

import app.securebase.homework.EntryService;
import app.securebase.homework.ExerciseOccurrence;
import app.securebase.homework.OccurrenceStatus;
import app.securebase.homework.TodayView;
import app.securebase.platform.web.LocalTimes;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Backs the homework part of the client's home ({@code /client/index.xhtml}, "Today"): what is due today, what is
 * still open from earlier, what comes in the next days and what was done lately, from one query per request.
 */
@Named
@RequestScoped
public class TodayBacking {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    EntryService entries;

    @Inject
    LocalTimes when;

    private TodayView today;
    private Instant now;

    @PostConstruct
    void init() {
        today = entries.today();
        now = Instant.now();
    }

    public List<ExerciseOccurrence> getDueToday() {
        return today.dueToday();
    }

    public List<ExerciseOccurrence> getOverdue() {
        return today.overdue();
    }

    public List<ExerciseOccurrence> getUpcoming() {
        return today.upcoming();
    }

    public List<ExerciseOccurrence> getRecentlyCompleted() {
        return today.recentlyCompleted();
    }

    /** Anything open or done lately at all; "empty" is a reserved word in EL. */
    public boolean isAnyHomework() {
        return !today.dueToday().isEmpty() || !today.overdue().isEmpty() || !today.upcoming().isEmpty()
                || !today.recentlyCompleted().isEmpty();
    }

    /** The time of day it is due, on the client's clock: "21:00". */
    public String dueTime(ExerciseOccurrence occurrence) {
        return TIME.format(occurrence.getDueAt().atZone(when.zone()));
    }

    /** The client has started it: a draft is saved. */
    public boolean started(ExerciseOccurrence occurrence) {
        return occurrence.status(now) == OccurrenceStatus.DRAFT;
    }

    /** The clinician has answered the entry: feedback, or at least marked it as read. */
    public boolean hasFeedback(ExerciseOccurrence occurrence) {
        return occurrence.getFeedback() != null;
    }
}
