package app.securebase.homework.web;

import app.securebase.homework.ExerciseVersion;
import app.securebase.homework.Frequency;
import app.securebase.homework.HomeworkRefusedException;
import app.securebase.homework.HomeworkService;
import app.securebase.homework.Schedule;
import app.securebase.homework.SchedulePlanner;
import app.securebase.platform.web.LocalTimes;
import app.securebase.platform.web.Texts;
import app.securebase.practice.NotFoundException;
import app.securebase.psychoed.AssignmentService;
import app.securebase.security.Account;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /clinician/assign-exercise.xhtml?template=…&client=…}: give one exercise to one or more clients of the
 * caseload, once or on a schedule. The URL parameters only preselect; the choices offered are the library and my
 * caseload, and the service checks every id again. Each occurrence comes due at the chosen time on each client's own
 * clock, which the summary under the schedule says in words before anything is saved.
 */
@Named
@ViewScoped
public class AssignExerciseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "assignForm:";

    /** Which field shows each refusal of {@link HomeworkService#assign}; the keys are the service's. */
    private static final Map<String, String> FIELD_OF = Map.ofEntries(
            Map.entry("homework.schedule.error.frequency", "frequency"),
            Map.entry("homework.schedule.error.start", "start"),
            Map.entry("homework.schedule.error.dueTime", "dueTime"),
            Map.entry("homework.schedule.error.dueDate", "dueDate"),
            Map.entry("homework.schedule.error.dueBeforeStart", "dueDate"),
            Map.entry("homework.schedule.error.weekdays", "weekdays"),
            Map.entry("homework.schedule.error.end", "endMode"),
            Map.entry("homework.schedule.error.times", "times"),
            Map.entry("homework.schedule.error.untilBeforeStart", "until"),
            Map.entry("homework.schedule.error.tooLong", "until"),
            Map.entry("homework.assign.error.noExercise", "exercise"),
            Map.entry("homework.assign.error.noClient", "clients"),
            Map.entry("homework.assign.error.clientArchived", "clients"),
            Map.entry("homework.assign.error.startInPast", "start"),
            Map.entry("homework.assign.error.instructionsTooLong", "instructions"),
            Map.entry("homework.assign.error.promptRequired", "prompt"),
            Map.entry("homework.assign.error.promptTooLong", "prompt"),
            Map.entry("homework.assign.error.nothingPlanned", "weekdays"));

    /** How a repeating schedule ends. */
    public enum End {
        TIMES,
        UNTIL
    }

    @Inject
    transient HomeworkService homework;

    @Inject
    transient AssignmentService assignments;

    @Inject
    LocalTimes when;

    private List<ExerciseVersion> exercises;
    private List<Account> clients;
    private String template;
    private String client;

    private Long exerciseId;
    private List<Long> clientIds = new ArrayList<>();
    private String instructions;
    private String prompt;
    private Frequency frequency = Frequency.DAILY;
    private LocalDate start;
    private LocalDate dueDate;
    private LocalTime dueTime = LocalTime.of(20, 0);
    private List<String> weekdays = new ArrayList<>();
    private End end = End.TIMES;
    private Integer times = 7;
    private LocalDate until;

    @PostConstruct
    void init() {
        exercises = homework.library();
        clients = assignments.assignableClients();
        start = when.today();
    }

    /** Preselects what the URL names, if it is on offer; anything else is ignored. */
    public void preselect() {
        idOf(template).filter(id -> exercises.stream().anyMatch(v -> v.getTemplate().getId().equals(id)))
                .ifPresent(id -> exerciseId = id);
        idOf(client).filter(id -> clients.stream().anyMatch(c -> c.getId().equals(id)))
                .filter(id -> !clientIds.contains(id)).ifPresent(clientIds::add);
    }

    public String assign() {
        List<String> problems = new ArrayList<>();
        if (exerciseId == null) {
            problems.add("homework.assign.error.noExercise");
            problems.addAll(SchedulePlanner.problems(schedule()));
            if (clientIds == null || clientIds.isEmpty()) {
                problems.add("homework.assign.error.noClient");
            }
        } else if (SchedulePlanner.problems(schedule()).isEmpty() && ScheduleSummary.plan(schedule()).isEmpty()) {
            problems.add("homework.assign.error.nothingPlanned");
        }
        if (!problems.isEmpty()) {
            show(problems);
            return null;
        }
        List<Long> chosen = List.copyOf(new LinkedHashSet<>(clientIds));
        try {
            int planned = homework.assign(exerciseId, chosen, instructions, isPromptNeeded() ? prompt : null,
                    schedule());
            String title = getExercise().getTitle();
            if (chosen.size() == 1) {
                Texts.flashInfo("homework.assign.done.one", title, planned);
                return "/clinician/client?faces-redirect=true&id=" + chosen.get(0);
            }
            Texts.info("homework.assign.done.many", title, chosen.size(), planned);
            clientIds = new ArrayList<>();
            return null;
        } catch (HomeworkRefusedException refused) {
            show(refused.messageKeys());
        } catch (NotFoundException gone) {
            Texts.error(FORM + "clients", "homework.assign.error.notFound");
        }
        return null;
    }

    private void show(List<String> keys) {
        for (String key : new LinkedHashSet<>(keys)) {
            String field = FIELD_OF.get(key);
            if (field == null) {
                Texts.error(key);
            } else {
                Texts.error(FORM + field, key);
            }
        }
        Faces.validationFailed();
    }

    /** The schedule as the form stands; only the parts that apply to the frequency are passed on. */
    Schedule schedule() {
        Integer count = end == End.TIMES ? times : null;
        LocalDate last = end == End.UNTIL ? until : null;
        if (frequency == null) {
            return new Schedule(null, start, null, dueTime, Set.of(), null, null);
        }
        return switch (frequency) {
            case ONCE -> Schedule.once(start, dueDate, dueTime);
            case DAILY -> Schedule.daily(start, dueTime, count, last);
            case WEEKLY -> Schedule.weekly(start, days(), dueTime, count, last);
        };
    }

    private Set<DayOfWeek> days() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : weekdays) {
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d.name().equals(day)) {
                    days.add(d);
                }
            }
        }
        return days;
    }

    /** The schedule in one sentence, or {@code null} while it is incomplete. */
    public String getSummary() {
        return ScheduleSummary.of(schedule());
    }

    public ExerciseVersion getExercise() {
        return exerciseId == null ? null : exercises.stream()
                .filter(v -> v.getTemplate().getId().equals(exerciseId)).findFirst().orElse(null);
    }

    /** The journaling exercise asks the clinician for its prompt. */
    public boolean isPromptNeeded() {
        ExerciseVersion exercise = getExercise();
        return exercise != null && exercise.isClinicianPrompt();
    }

    public boolean isRepeating() {
        return frequency == Frequency.DAILY || frequency == Frequency.WEEKLY;
    }

    public List<DayOfWeek> getAllWeekdays() {
        return ScheduleSummary.weekdays();
    }

    public Frequency[] getFrequencies() {
        return Frequency.values();
    }

    public End[] getEnds() {
        return End.values();
    }

    public int getMaxTimes() {
        return SchedulePlanner.MAX_OCCURRENCES;
    }

    private static Optional<Long> idOf(String text) {
        return text != null && text.matches("\\d{1,18}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }

    public List<ExerciseVersion> getExercises() {
        return exercises;
    }

    public List<Account> getClients() {
        return clients;
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
    }

    public String getClient() {
        return client;
    }

    public void setClient(String client) {
        this.client = client;
    }

    public Long getExerciseId() {
        return exerciseId;
    }

    public void setExerciseId(Long exerciseId) {
        this.exerciseId = exerciseId;
    }

    public List<Long> getClientIds() {
        return clientIds;
    }

    public void setClientIds(List<Long> clientIds) {
        this.clientIds = clientIds == null ? new ArrayList<>() : clientIds;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    public String getPrompt() {
        return prompt;
    }

    public void setPrompt(String prompt) {
        this.prompt = prompt;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public LocalTime getDueTime() {
        return dueTime;
    }

    public void setDueTime(LocalTime dueTime) {
        this.dueTime = dueTime;
    }

    public List<String> getWeekdays() {
        return weekdays;
    }

    public void setWeekdays(List<String> weekdays) {
        this.weekdays = weekdays == null ? new ArrayList<>() : weekdays;
    }

    public End getEnd() {
        return end;
    }

    public void setEnd(End end) {
        this.end = end;
    }

    public Integer getTimes() {
        return times;
    }

    public void setTimes(Integer times) {
        this.times = times;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
