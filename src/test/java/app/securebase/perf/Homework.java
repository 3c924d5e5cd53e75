package app.securebase.perf;

import app.securebase.audit.AuditAction;
import app.securebase.homework.AnswerValue;
import app.securebase.homework.HomeworkJson;
import app.securebase.homework.PlannedOccurrence;
import app.securebase.homework.Schedule;
import app.securebase.homework.SchedulePlanner;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Exercise assignments, their occurrences and the clients' work on them.
 *
 * <p>Two passes. The first plans every client's assignments through the application's own
 * {@link SchedulePlanner} (so due times fall on the client's clock, daylight-saving changes included) until the
 * client's share of the scale's occurrences is used up, spread from the day they joined to a few weeks ahead, and
 * cancels a few. The second decides, within each client's share of the scale's submissions (more for clients who
 * tend to keep up), which occurrences were sent, when (mostly on time, some late, never after now), with what answers,
 * and which were reviewed, answered with feedback or commented on; some others hold a draft.
 *
 * <p>What comes out obeys the application's rules ({@code ExerciseOccurrence}, {@code tracking.CompletionRules}):
 * a submission is never before the day it became available nor after now; a cancelled occurrence was never
 * submitted; a review follows its submission and is by the client's clinician; feedback comes with a review.
 */
final class Homework {

    /** Exercise slugs and how often clinicians pick each. */
    private static final List<Map.Entry<String, Integer>> POPULARITY = List.of(
            Map.entry("daily-check-in", 24), Map.entry("emotion-log", 18), Map.entry("grounding-practice-log", 12),
            Map.entry("trigger-map", 8), Map.entry("self-care-plan", 8), Map.entry("boundaries-practice-log", 8),
            Map.entry("relationship-patterns", 6), Map.entry("self-compassion-letter", 5),
            Map.entry("support-network-map", 5), Map.entry("journaling-prompt", 6));
    private static final List<LocalTime> DUE_TIMES = List.of(LocalTime.of(20, 0), LocalTime.of(21, 0),
            LocalTime.of(18, 0), LocalTime.of(12, 0), LocalTime.of(22, 0));

    record PlannedAssignment(long id, BuiltInContent.Exercise exercise, Schedule schedule, Instant createdAt,
            String instructions, String prompt, List<PlannedOccurrence> occurrences, Instant[] cancelledAt) {
    }

    record ClientPlan(Practice.Person client, List<PlannedAssignment> assignments, int available) {
    }

    /** One exercise_occurrence row. */
    record Occurrence(long id, long assignmentId, long clientId, LocalDate dueDay, Instant dueAt,
            Instant availableFrom, Instant cancelledAt, String draftJson, int revision, Instant draftSavedAt,
            Instant submittedAt, String entryJson, String clientComment, Instant clientCommentAt, String feedback,
            Instant feedbackAt, Instant reviewedAt, Long reviewedById) {
    }

    private final BuiltInContent content;
    private final AnswerWriter answers;
    private final Instant now;
    private final long seed;
    private long nextAssignmentId;
    private long nextOccurrenceId;

    Homework(BuiltInContent content, AnswerWriter answers, Instant now, long seed, long firstAssignmentId,
            long firstOccurrenceId) {
        this.content = content;
        this.answers = answers;
        this.now = now;
        this.seed = seed;
        this.nextAssignmentId = firstAssignmentId;
        this.nextOccurrenceId = firstOccurrenceId;
    }

    static Random random(long seed, String purpose, int index) {
        return new Random(seed * 31 + purpose.hashCode() * 1_000_003L + index * 0x9E3779B97F4A7C15L);
    }

    /** Pass one: a client's assignments and occurrences, exactly {@code budget} occurrences of them. */
    ClientPlan plan(Practice.Person client, int budget) {
        Random random = random(seed, "plan", client.index);
        LocalDate joined = LocalDate.ofInstant(client.joined, client.zone);
        LocalDate today = LocalDate.ofInstant(now, client.zone);
        double days = ChronoUnit.DAYS.between(joined, today) + 14.0;
        double perDay = Math.max(budget, 1) / days;
        LocalDate cursor = joined.plusDays(random.nextInt(3));
        List<PlannedAssignment> assignments = new ArrayList<>();
        int left = budget;
        int available = 0;
        while (left > 0) {
            BuiltInContent.Exercise exercise = content.exercise(popular(random));
            Schedule schedule = schedule(random, exercise.slug(), cursor, left);
            List<PlannedOccurrence> planned = SchedulePlanner.plan(schedule, client.zone);
            Instant created = cursor.atStartOfDay(client.zone).toInstant().minusSeconds(3_600 + random.nextInt(48 * 3_600));
            if (created.isBefore(client.joined)) {
                created = client.joined.plusSeconds(600 + random.nextInt(3_000));
            }
            if (created.isAfter(now)) {
                created = now.minusSeconds(60 + random.nextInt(3_600));
            }
            Instant[] cancelled = new Instant[planned.size()];
            for (int i = 0; i < planned.size(); i++) {
                PlannedOccurrence o = planned.get(i);
                if (random.nextInt(1000) < 25) {
                    Instant until = o.dueAt().isBefore(now) ? o.dueAt() : now;
                    long span = Math.max(1, until.getEpochSecond() - created.getEpochSecond());
                    cancelled[i] = created.plusSeconds(1 + (long) (random.nextDouble() * (span - 1)));
                    if (!cancelled[i].isAfter(created) || cancelled[i].isAfter(now)) {
                        cancelled[i] = null;
                    }
                }
                if (cancelled[i] == null && !o.availableFrom().isAfter(now)) {
                    available++;
                }
            }
            String prompt = exercise.clinicianPrompt() ? Texts.pick(random, Texts.PROMPTS) : null;
            String instructions = random.nextInt(10) < 3 ? "Try to do this in the evening, when things are quieter."
                    : null;
            assignments.add(new PlannedAssignment(nextAssignmentId++, exercise, schedule, created, instructions,
                    prompt, planned, cancelled));
            left -= planned.size();
            long step = Math.max(1, Math.round(planned.size() / perDay * (0.6 + random.nextDouble() * 0.8)));
            cursor = cursor.plusDays(step);
        }
        return new ClientPlan(client, assignments, available);
    }

    private static String popular(Random random) {
        int total = POPULARITY.stream().mapToInt(Map.Entry::getValue).sum();
        int pick = random.nextInt(total);
        for (Map.Entry<String, Integer> entry : POPULARITY) {
            pick -= entry.getValue();
            if (pick < 0) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException();
    }

    private static Schedule schedule(Random random, String slug, LocalDate start, int left) {
        LocalTime due = Texts.pick(random, DUE_TIMES);
        switch (slug) {
            case "daily-check-in" -> {
                return Schedule.daily(start, due, Math.min(left, 7 + random.nextInt(22)), null);
            }
            case "emotion-log", "grounding-practice-log", "boundaries-practice-log", "self-care-plan" -> {
                Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                int n = slug.equals("self-care-plan") ? 1 : 1 + random.nextInt(3);
                while (days.size() < n) {
                    days.add(DayOfWeek.of(1 + random.nextInt(7)));
                }
                return Schedule.weekly(start, days, due, Math.min(left, 3 + random.nextInt(10)), null);
            }
            case "journaling-prompt" -> {
                Set<DayOfWeek> day = EnumSet.of(DayOfWeek.of(1 + random.nextInt(7)));
                return Schedule.weekly(start, day, due, Math.min(left, 2 + random.nextInt(5)), null);
            }
            default -> {
                return Schedule.once(start, start.plusDays(2 + random.nextInt(6)), due);
            }
        }
    }

    /**
     * Pass two: the rows of one client's occurrences, {@code quota} of the available ones submitted. Adds what the
     * clinician and the client did to {@code audit} when it is given.
     */
    List<Occurrence> work(ClientPlan plan, int quota, AuditTrail audit) {
        Practice.Person client = plan.client();
        Practice.Person clinician = client.clinician;
        Random random = random(seed, "work", client.index);
        List<Occurrence> rows = new ArrayList<>();
        List<Instant> sent = new ArrayList<>();
        int availableLeft = plan.available();
        int toSubmit = quota;
        for (PlannedAssignment assignment : plan.assignments()) {
            for (int i = 0; i < assignment.occurrences().size(); i++) {
                PlannedOccurrence o = assignment.occurrences().get(i);
                Instant cancelledAt = assignment.cancelledAt()[i];
                Instant from = o.availableFrom();
                Instant due = o.dueAt();
                long id = nextOccurrenceId++;
                boolean available = cancelledAt == null && !from.isAfter(now);
                boolean submit = false;
                if (available) {
                    // Selection sampling: exactly quota of the available occurrences, each equally likely.
                    submit = random.nextInt(availableLeft) < toSubmit;
                    availableLeft--;
                    if (submit) {
                        toSubmit--;
                    }
                }
                if (!submit) {
                    String draft = null;
                    int revision = 0;
                    Instant draftAt = null;
                    if (available && random.nextInt(100) < 12) {
                        draft = HomeworkJson.writeEntry(answers.entry(random, assignment.exercise().fields(),
                                client.leaning, o.day(), true));
                        revision = 1 + random.nextInt(3);
                        draftAt = between(random, from, min(due.plus(Duration.ofDays(2)), now));
                    }
                    rows.add(new Occurrence(id, assignment.id(), client.id, o.day(), due, from, cancelledAt, draft,
                            revision, draftAt, null, null, null, null, null, null, null, null));
                    continue;
                }
                Instant submitted;
                if (due.isBefore(now) && random.nextInt(100) < 15) {
                    submitted = min(due.plusSeconds(3_600 + random.nextInt(72 * 3_600)), now.minusSeconds(30));
                } else {
                    Instant earliest = max(from, due.minus(Duration.ofHours(14)));
                    Instant latest = min(due, now.minusSeconds(30));
                    submitted = earliest.isBefore(latest) ? between(random, earliest, latest)
                            : between(random, from, max(from, now.minusSeconds(30)));
                }
                Map<String, AnswerValue> entry = answers.entry(random, assignment.exercise().fields(), client.leaning,
                        o.day(), false);
                String json = HomeworkJson.writeEntry(entry);
                int saves = 1 + random.nextInt(4);
                Instant draftAt = max(from, submitted.minusSeconds(60 + random.nextInt(1_200)));
                String comment = null;
                Instant commentAt = null;
                if (random.nextInt(100) < 6) {
                    Instant at = submitted.plusSeconds(3_600 + random.nextInt(48 * 3_600));
                    if (at.isBefore(now)) {
                        comment = Texts.pick(random, Texts.COMMENTS);
                        commentAt = at;
                    }
                }
                Instant reviewed = null;
                String feedback = null;
                Instant feedbackAt = null;
                if (random.nextInt(100) < 75) {
                    Instant at = submitted.plusSeconds(2 * 3_600 + random.nextInt(6 * 86_400));
                    if (at.isBefore(now)) {
                        reviewed = at;
                        audit(audit, at.minusSeconds(180), clinician, AuditAction.HOMEWORK_VIEWED, id);
                        if (random.nextInt(100) < 45) {
                            feedback = Texts.pick(random, Texts.FEEDBACK);
                            feedbackAt = at.minusSeconds(60);
                            audit(audit, feedbackAt, clinician, AuditAction.HOMEWORK_FEEDBACK_GIVEN, id);
                        }
                        audit(audit, at, clinician, AuditAction.HOMEWORK_REVIEWED, id);
                    }
                }
                sent.add(submitted);
                rows.add(new Occurrence(id, assignment.id(), client.id, o.day(), due, from, null, json, saves + 1,
                        draftAt, submitted, json, comment, commentAt, feedback, feedbackAt, reviewed,
                        reviewed == null ? null : clinician.id));
            }
            if (audit != null) {
                audit.add(assignment.createdAt(), clinician, AuditAction.HOMEWORK_ASSIGNED, AuditTrail.CLIENT,
                        client.id, "exercise " + assignment.exercise().slug() + " version "
                                + assignment.exercise().versionNumber());
            }
        }
        if (audit != null) {
            // A sign-in before sending, unless the client was already signed in within the last few hours.
            sent.sort(null);
            Instant signedIn = Instant.EPOCH;
            for (Instant at : sent) {
                Instant signIn = at.minusSeconds(120 + random.nextInt(780));
                if (signIn.isAfter(signedIn.plus(Duration.ofHours(4)))) {
                    audit.add(signIn, client, AuditAction.SIGN_IN, AuditTrail.ACCOUNT, client.id, null);
                    signedIn = signIn;
                }
            }
        }
        return rows;
    }

    private static void audit(AuditTrail audit, Instant at, Practice.Person clinician, AuditAction action, long id) {
        if (audit != null) {
            audit.add(at, clinician, action, AuditTrail.OCCURRENCE, id, null);
        }
    }

    static Instant between(Random random, Instant from, Instant to) {
        long span = to.getEpochSecond() - from.getEpochSecond();
        if (span <= 0) {
            return from;
        }
        return from.plusSeconds((long) (random.nextDouble() * span)).plusNanos(random.nextInt(1_000_000) * 1_000L);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** Plans, shares out the submissions, and writes assignments and occurrences; returns the occurrences written. */
    long write(Connection connection, Practice practice, Scale scale, AuditTrail audit) throws SQLException {
        List<Practice.Person> clients = practice.clients;
        double[] weights = new double[clients.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.max(1, Duration.between(clients.get(i).joined, now).toDays() + 14);
        }
        int[] budgets = Apportion.split(scale.occurrences(), weights);
        List<ClientPlan> plans = new ArrayList<>(clients.size());
        double[] keen = new double[clients.size()];
        int[] caps = new int[clients.size()];
        for (int i = 0; i < clients.size(); i++) {
            ClientPlan plan = plan(clients.get(i), budgets[i]);
            plans.add(plan);
            keen[i] = plan.available() * clients.get(i).adherence;
            caps[i] = plan.available();
        }
        int[] quotas = Apportion.split(scale.submissions(), keen, caps);
        long written = 0;
        try (Rows assignments = new Rows(connection, "exercise_assignment", "id", "client_id", "assigned_by_id",
                "template_id", "version_id", "instructions", "prompt", "frequency", "start_date", "due_date",
                "due_time", "weekdays", "times", "until_date", "time_zone", "created_at", "ended_at", "version");
                Rows occurrences = new Rows(connection, "exercise_occurrence", "id", "assignment_id", "client_id",
                        "due_day", "due_at", "available_from", "cancelled_at", "draft_json", "revision",
                        "draft_saved_at", "submitted_at", "entry_json", "client_comment", "client_comment_at",
                        "feedback", "feedback_at", "reviewed_at", "reviewed_by_id", "version")) {
            for (int i = 0; i < plans.size(); i++) {
                ClientPlan plan = plans.get(i);
                for (PlannedAssignment a : plan.assignments()) {
                    Schedule s = a.schedule();
                    String weekdays = s.weekdays().isEmpty() ? null : s.weekdays().stream().sorted()
                            .map(DayOfWeek::name).reduce((x, y) -> x + "," + y).orElseThrow();
                    assignments.add(a.id(), plan.client().id, plan.client().clinician.id, a.exercise().templateId(),
                            a.exercise().versionId(), a.instructions(), a.prompt(), s.frequency().name(), s.start(),
                            s.dueDate(), s.dueTime(), weekdays, s.times(), s.until(), plan.client().zone.getId(),
                            a.createdAt(), null, 0L);
                }
                for (Occurrence o : work(plan, quotas[i], audit)) {
                    occurrences.add(o.id(), o.assignmentId(), o.clientId(), o.dueDay(), o.dueAt(), o.availableFrom(),
                            o.cancelledAt(), o.draftJson(), o.revision(), o.draftSavedAt(), o.submittedAt(),
                            o.entryJson(), o.clientComment(), o.clientCommentAt(), o.feedback(), o.feedbackAt(),
                            o.reviewedAt(), o.reviewedById(), 0L);
                    written++;
                }
                plans.set(i, null);
            }
        }
        return written;
    }
}
