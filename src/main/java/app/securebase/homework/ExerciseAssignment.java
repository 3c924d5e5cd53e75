package app.securebase.homework;

import app.securebase.security.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An exercise given to one client: the pinned {@link ExerciseVersion}, the clinician's instructions (and, for the
 * journaling prompt, the prompt), and the schedule as chosen. Its {@link ExerciseOccurrence}s are planned from the
 * schedule in the client's time zone when it is made.
 */
@Entity
@Table(name = "exercise_assignment")
public class ExerciseAssignment implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int INSTRUCTIONS_MAX = 2000;
    public static final int PROMPT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", nullable = false)
    private Account client;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assigned_by_id", nullable = false)
    private Account assignedBy;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id", nullable = false)
    private ExerciseTemplate template;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", nullable = false)
    private ExerciseVersion exerciseVersion;

    @Column(length = INSTRUCTIONS_MAX)
    private String instructions;

    @Column(length = PROMPT_MAX)
    private String prompt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Frequency frequency;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "due_time", nullable = false)
    private LocalTime dueTime;

    /** The weekdays of a weekly schedule, comma-separated, e.g. {@code MONDAY,THURSDAY}. */
    @Column(length = 64)
    private String weekdays;

    private Integer times;

    @Column(name = "until_date")
    private LocalDate untilDate;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    private long version;

    protected ExerciseAssignment() {
    }

    public ExerciseAssignment(Account client, Account assignedBy, ExerciseVersion exerciseVersion, String instructions,
            String prompt, Schedule schedule, String timeZone, Instant now) {
        this.client = client;
        this.assignedBy = assignedBy;
        this.template = exerciseVersion.getTemplate();
        this.exerciseVersion = exerciseVersion;
        this.instructions = blankToNull(instructions);
        this.prompt = blankToNull(prompt);
        this.frequency = schedule.frequency();
        this.startDate = schedule.start();
        this.dueDate = schedule.dueDate();
        this.dueTime = schedule.dueTime();
        this.weekdays = schedule.weekdays().isEmpty() ? null
                : schedule.weekdays().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        this.times = schedule.times();
        this.untilDate = schedule.until();
        this.timeZone = timeZone;
        this.createdAt = now;
    }

    public Schedule schedule() {
        Set<DayOfWeek> days = weekdays == null ? Set.of() : Arrays.stream(weekdays.split(","))
                .map(DayOfWeek::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        return new Schedule(frequency, startDate, dueDate, dueTime, days, times, untilDate);
    }

    /** No more occurrences come due; the caller cancels the future ones. */
    public void end(Instant now) {
        if (endedAt == null) {
            endedAt = now;
        }
    }

    public boolean isEnded() {
        return endedAt != null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public Account getClient() {
        return client;
    }

    public Account getAssignedBy() {
        return assignedBy;
    }

    public ExerciseTemplate getTemplate() {
        return template;
    }

    public ExerciseVersion getExerciseVersion() {
        return exerciseVersion;
    }

    public String getInstructions() {
        return instructions;
    }

    public String getPrompt() {
        return prompt;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
