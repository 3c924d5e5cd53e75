package app.securebase.homework.web;

import app.securebase.homework.ExerciseAssignment;
import app.securebase.homework.ExerciseOccurrence;
import app.securebase.homework.Frequency;
import app.securebase.homework.HomeworkRefusedException;
import app.securebase.homework.HomeworkService;
import app.securebase.homework.OccurrenceStatus;
import app.securebase.platform.web.Texts;
import app.securebase.practice.NotFoundException;
import app.securebase.practice.web.ClientBacking;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The homework part of {@code /clinician/client.xhtml}: the exercises given to the client, and the timeline of their
 * occurrences, newest first and paged in the database ({@link TimelineModel}), with what the clinician can still do to
 * each: move or cancel one that has not come due, end a recurring assignment, review a submitted entry. Loaded after
 * {@link ClientBacking} has found the client on my caseload; the service checks the caseload again on every page and
 * audits the read. Submitted entries are never changed from here.
 */
@Named
@ViewScoped
public class ClientHomeworkBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter CLIENT_TIME = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    @Inject
    transient HomeworkService homework;

    @Inject
    ClientBacking clientBacking;

    private TimelineModel occurrences;
    private List<Plan> assignments = List.of();
    private Long movingId;
    private java.time.LocalDate moveDay;
    private java.time.LocalTime moveTime;

    /** One occurrence and where it stands now. */
    public record Row(ExerciseOccurrence occurrence, OccurrenceStatus status, boolean cancellable) {

        public String getStatusName() {
            return status.name();
        }

        public boolean isReviewable() {
            return status == OccurrenceStatus.SUBMITTED || status == OccurrenceStatus.REVIEWED;
        }
    }

    /** One assignment, with its schedule in words and how many of its occurrences are still ahead. */
    public record Plan(ExerciseAssignment assignment, String schedule, int ahead) {

        public boolean isEndable() {
            return assignment.getFrequency() != Frequency.ONCE && !assignment.isEnded() && ahead > 0;
        }
    }

    public void load() {
        if (clientBacking.getClient() == null) {
            return;
        }
        long clientId = clientBacking.getClient().getId();
        if (occurrences == null) {
            occurrences = new TimelineModel(new TimelineModel.Source() {
                private static final long serialVersionUID = 1L;

                @Override
                public List<ExerciseOccurrence> page(int first, int max) {
                    return CDI.current().select(HomeworkService.class).get().timeline(clientId, first, max);
                }

                @Override
                public long count() {
                    return CDI.current().select(HomeworkService.class).get().timelineCount(clientId);
                }
            });
        }
        List<Plan> plans = new ArrayList<>();
        for (HomeworkService.AssignmentAhead a : homework.assignmentsOf(clientId)) {
            plans.add(new Plan(a.assignment(), ScheduleSummary.of(a.assignment().schedule()), (int) a.ahead()));
        }
        assignments = List.copyOf(plans);
    }

    /** One occurrence as a timeline row: its status now, and whether it is still ahead (so it can be moved or cancelled). */
    static Row row(ExerciseOccurrence o, Instant now) {
        boolean future = o.getSubmittedAt() == null && o.getCancelledAt() == null && o.getDueAt().isAfter(now);
        return new Row(o, o.status(now), future);
    }

    public void cancel(long occurrenceId) {
        try {
            homework.cancel(occurrenceId);
            Texts.info("homework.clientPage.cancelled");
        } catch (HomeworkRefusedException refused) {
            refused.messageKeys().forEach(key -> Texts.error(key));
        } catch (NotFoundException gone) {
            Texts.error("homework.clientPage.gone");
        }
        load();
    }

    /** Opens the "change date" inputs on one row, filled with its day and time on the client's clock. */
    public void startMove(long occurrenceId) {
        occurrences.shown().stream().map(Row::occurrence).filter(o -> o.getId() == occurrenceId).findFirst().ifPresent(o -> {
            java.time.ZonedDateTime due = o.getDueAt().atZone(zoneOf(o));
            movingId = occurrenceId;
            moveDay = due.toLocalDate();
            moveTime = due.toLocalTime().withSecond(0).withNano(0);
        });
    }

    public void stopMove() {
        movingId = null;
    }

    public void saveMove() {
        try {
            ExerciseOccurrence moved = homework.reschedule(movingId, moveDay, moveTime);
            Texts.info("homework.clientPage.moved", clientTime(moved));
            movingId = null;
        } catch (HomeworkRefusedException refused) {
            refused.messageKeys().forEach(key -> Texts.error(key));
        } catch (NotFoundException gone) {
            Texts.error("homework.clientPage.gone");
            movingId = null;
        }
        load();
    }

    public boolean isMoving(long occurrenceId) {
        return movingId != null && movingId == occurrenceId;
    }

    public java.time.LocalDate getMoveDay() {
        return moveDay;
    }

    public void setMoveDay(java.time.LocalDate moveDay) {
        this.moveDay = moveDay;
    }

    public java.time.LocalTime getMoveTime() {
        return moveTime;
    }

    public void setMoveTime(java.time.LocalTime moveTime) {
        this.moveTime = moveTime;
    }

    private static ZoneId zoneOf(ExerciseOccurrence occurrence) {
        try {
            return ZoneId.of(occurrence.getAssignment().getTimeZone());
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    public void end(long assignmentId) {
        try {
            int cancelled = homework.end(assignmentId);
            Texts.info("homework.clientPage.ended", cancelled);
        } catch (NotFoundException gone) {
            Texts.error("homework.clientPage.gone");
        }
        load();
    }

    /** When the occurrence is due on the client's own clock, e.g. "Sat 21 Nov, 20:00 (America/New_York)". */
    public String clientTime(ExerciseOccurrence occurrence) {
        String zone = occurrence.getAssignment().getTimeZone();
        ZoneId id;
        try {
            id = ZoneId.of(zone);
        } catch (DateTimeException e) {
            id = ZoneOffset.UTC;
        }
        return CLIENT_TIME.format(occurrence.getDueAt().atZone(id)) + " (" + zone + ")";
    }

    public TimelineModel getOccurrences() {
        return occurrences;
    }

    public List<Plan> getAssignments() {
        return assignments;
    }
}
