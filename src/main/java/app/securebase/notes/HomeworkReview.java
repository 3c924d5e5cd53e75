package app.securebase.notes;

import app.securebase.homework.EmotionVocabulary;
import app.securebase.homework.ExerciseOccurrence;
import app.securebase.homework.FieldDefinition;
import app.securebase.homework.FieldType;
import app.securebase.insights.SinceLastSession;
import app.securebase.insights.web.WrittenEntry;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The homework review a clinician inserts into a note: what the client completed and missed since the previous
 * session, as readable plain text the clinician then edits freely. Built from "since last session"
 * ({@link SinceLastSession}) and read in the words of the review page ({@link WrittenEntry}), so the note says what the
 * clinician saw. Ratings (scales, numbers, emotions) are always listed; what the client wrote in words (text answers,
 * module reflections) only when the clinician asks for it, since a note travels further than the app.
 */
public final class HomeworkReview {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);
    private static final Set<FieldType> RATINGS = Set.of(FieldType.SCALE, FieldType.NUMBER, FieldType.EMOTIONS);
    private static final Set<FieldType> WORDS = Set.of(FieldType.SHORT_TEXT, FieldType.LONG_TEXT);

    /** A completed exercise: its title, when it was sent, and its key ratings and written answers as lines. */
    public record Done(String title, Instant submittedAt, boolean late, List<String> ratings, List<String> words) {
    }

    /** An exercise whose due time passed without an entry. */
    public record Missed(String title, Instant dueAt) {
    }

    /** A module reflection answer. */
    public record Reflection(String module, String question, String answer, Instant savedAt) {
    }

    private HomeworkReview() {
    }

    /** The completed exercises of {@code since}, oldest first, with their answers read against their versions. */
    public static List<Done> done(SinceLastSession since, EmotionVocabulary vocabulary) {
        List<Done> done = new ArrayList<>();
        for (ExerciseOccurrence occurrence : since.completed()) {
            WrittenEntry entry = WrittenEntry.of(occurrence, vocabulary);
            Map<String, FieldDefinition> fields = occurrence.getAssignment().getExerciseVersion().getFields().stream()
                    .collect(Collectors.toMap(FieldDefinition::key, Function.identity(), (a, b) -> a));
            List<String> ratings = new ArrayList<>();
            List<String> words = new ArrayList<>();
            for (WrittenEntry.Answer answer : entry.answers()) {
                FieldDefinition field = fields.get(answer.key());
                if (answer.blank() || field == null) {
                    continue;
                }
                String line = answer.label() + ": " + String.join("; ", answer.lines());
                if (RATINGS.contains(field.type())) {
                    ratings.add(line);
                } else if (WORDS.contains(field.type())) {
                    words.add(line);
                }
            }
            done.add(0, new Done(occurrence.getAssignment().getExerciseVersion().getTitle(),
                    occurrence.getSubmittedAt(), occurrence.isLate(), ratings, words));
        }
        return done;
    }

    public static List<Missed> missed(SinceLastSession since) {
        List<Missed> missed = new ArrayList<>();
        since.missed().forEach(o -> missed.add(0, new Missed(o.getAssignment().getExerciseVersion().getTitle(),
                o.getDueAt())));
        return missed;
    }

    public static List<Reflection> reflections(SinceLastSession since) {
        List<Reflection> reflections = new ArrayList<>();
        since.reflections().forEach(r -> reflections.add(0, new Reflection(r.moduleTitle(), r.question(), r.answer(),
                r.savedAt())));
        return reflections;
    }

    /**
     * The review as plain text: a heading line naming the start day, then what was completed (date, title, ratings,
     * and with {@code includeWords} the written answers), what was missed, and with {@code includeWords} the module
     * reflections. Dates are the clinician's ({@code zone}); every phrase comes from {@code texts}.
     */
    public static String text(LocalDate from, List<Done> done, List<Missed> missed, List<Reflection> reflections,
            boolean includeWords, ZoneId zone, ResourceBundle texts) {
        StringBuilder text = new StringBuilder();
        text.append(format(texts, "notes.review.heading", DATE.format(from))).append('\n');
        if (done.isEmpty() && missed.isEmpty() && (!includeWords || reflections.isEmpty())) {
            text.append(texts.getString("notes.review.nothing")).append('\n');
            return text.toString().strip();
        }
        text.append('\n').append(done.isEmpty() ? texts.getString("notes.review.completedNone")
                : format(texts, "notes.review.completed", done.size())).append('\n');
        for (Done d : done) {
            text.append("- ").append(day(d.submittedAt(), zone)).append(": ").append(d.title());
            if (d.late()) {
                text.append(' ').append(texts.getString("notes.review.late"));
            }
            text.append('\n');
            d.ratings().forEach(line -> text.append("    ").append(line).append('\n'));
            if (includeWords) {
                d.words().forEach(line -> text.append("    ").append(line).append('\n'));
            }
        }
        text.append('\n').append(missed.isEmpty() ? texts.getString("notes.review.missedNone")
                : format(texts, "notes.review.missed", missed.size())).append('\n');
        for (Missed m : missed) {
            text.append("- ").append(format(texts, "notes.review.due", day(m.dueAt(), zone))).append(": ")
                    .append(m.title()).append('\n');
        }
        if (includeWords && !reflections.isEmpty()) {
            text.append('\n').append(texts.getString("notes.review.reflections")).append('\n');
            for (Reflection r : reflections) {
                text.append("- ").append(day(r.savedAt(), zone)).append(": ").append(r.module());
                if (r.question() != null && !r.question().isBlank()) {
                    text.append(" – ").append(r.question().strip());
                }
                text.append('\n').append("    ").append(r.answer().strip().replace("\n", "\n    ")).append('\n');
            }
        }
        return text.toString().strip();
    }

    private static String day(Instant instant, ZoneId zone) {
        return DATE.format(instant.atZone(zone));
    }

    private static String format(ResourceBundle texts, String key, Object... args) {
        return new MessageFormat(texts.getString(key), Locale.ENGLISH).format(args);
    }
}
