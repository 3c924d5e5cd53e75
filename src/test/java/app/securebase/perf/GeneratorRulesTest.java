package app.securebase.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.homework.AnswerValue;
import app.securebase.homework.EmotionVocabulary;
import app.securebase.homework.ExerciseFile;
import app.securebase.homework.FieldAnswer;
import app.securebase.homework.FieldDefinition;
import app.securebase.homework.HomeworkJson;
import app.securebase.notes.NoteCanonical;
import app.securebase.notes.NoteContent;
import app.securebase.notes.NoteFormat;
import app.securebase.tracking.CompletionRules;
import app.securebase.tracking.OccurrenceFacts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The generator's own rules, without a database: answers the application accepts, occurrences whose times obey the
 * application's rules, exact totals, and note hashes the application would verify.
 */
class GeneratorRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");

    private static BuiltInContent content() {
        List<BuiltInContent.Exercise> exercises = new ArrayList<>();
        long id = 1;
        for (ExerciseFile file : app.securebase.homework.BuiltInExercises.all()) {
            // Through the stored JSON, as the generator reads the fields from the database.
            List<FieldDefinition> fields = HomeworkJson.readFields(HomeworkJson.writeFields(file.fields()));
            exercises.add(new BuiltInContent.Exercise(id, file.slug(), id, 1, file.clinicianPrompt(), fields));
            id++;
        }
        return BuiltInContent.of(List.of(), exercises);
    }

    @Test
    void everyBuiltInExerciseGetsAnswersTheApplicationAccepts() {
        AnswerWriter writer = new AnswerWriter(EmotionVocabulary.builtIn());
        Random random = new Random(1);
        for (BuiltInContent.Exercise exercise : content().exercises) {
            for (int i = 0; i < 100; i++) {
                AnswerWriter.Leaning leaning = AnswerWriter.Leaning.of(random, EmotionVocabulary.builtIn());
                Map<String, AnswerValue> entry = writer.entry(random, exercise.fields(), leaning,
                        LocalDate.of(2026, 11, 3), false);
                // As stored and read back by the application.
                Map<String, AnswerValue> stored = HomeworkJson.readEntry(HomeworkJson.writeEntry(entry));
                assertEquals(List.of(), FieldAnswer.checkAll(exercise.fields(), stored), exercise.slug());
            }
        }
    }

    @Test
    void groundingLowersDistressAndEmotionLogsRateEveryEmotion() {
        AnswerWriter writer = new AnswerWriter(EmotionVocabulary.builtIn());
        Random random = new Random(2);
        BuiltInContent content = content();
        for (int i = 0; i < 200; i++) {
            AnswerWriter.Leaning leaning = AnswerWriter.Leaning.of(random, EmotionVocabulary.builtIn());
            Map<String, AnswerValue> grounding = writer.entry(random,
                    content.exercise("grounding-practice-log").fields(), leaning, LocalDate.of(2026, 1, 1), false);
            int before = Integer.parseInt(grounding.get("distress_before").text());
            int after = Integer.parseInt(grounding.get("distress_after").text());
            assertTrue(after <= before, before + " -> " + after);
            Map<String, AnswerValue> log = writer.entry(random, content.exercise("emotion-log").fields(), leaning,
                    LocalDate.of(2026, 1, 1), false);
            assertFalse(log.get("emotions").emotions().isEmpty());
            log.get("emotions").emotions().forEach(rating -> assertNotNull(rating.intensity()));
        }
    }

    @Test
    void occurrencesFollowTheApplicationsRulesAndTotalsAreExact() {
        Practice practice = Practice.create(Scale.S0, 8, NOW, 1);
        Homework homework = new Homework(content(), new AnswerWriter(EmotionVocabulary.builtIn()), NOW, 8, 1, 1);
        int occurrences = 0;
        int submitted = 0;
        for (Practice.Person client : practice.clients.subList(0, 5)) {
            Homework.ClientPlan plan = homework.plan(client, 120);
            int quota = plan.available() * 2 / 3;
            int sent = 0;
            for (Homework.Occurrence o : homework.work(plan, quota, null)) {
                occurrences++;
                assertFalse(o.availableFrom().isAfter(o.dueAt()));
                assertFalse(o.dueDay().isBefore(LocalDate.ofInstant(client.joined, client.zone)));
                OccurrenceFacts facts = new OccurrenceFacts(o.dueAt(), o.cancelledAt(), o.submittedAt(),
                        o.reviewedAt());
                if (o.submittedAt() != null) {
                    sent++;
                    assertNull(o.cancelledAt());
                    assertFalse(o.submittedAt().isAfter(NOW));
                    assertFalse(o.submittedAt().isBefore(o.availableFrom()));
                    assertNotNull(o.entryJson());
                    assertEquals(o.entryJson(), o.draftJson(), "a submit keeps the entry as the draft");
                    if (o.dueAt().isBefore(NOW)) {
                        assertTrue(CompletionRules.isCompleted(facts, NOW));
                    }
                } else {
                    assertNull(o.reviewedAt());
                    assertNull(o.feedback());
                }
                if (o.reviewedAt() != null) {
                    assertTrue(o.reviewedAt().isAfter(o.submittedAt()) && !o.reviewedAt().isAfter(NOW));
                    assertEquals(client.clinician.id, o.reviewedById());
                }
                if (o.feedback() != null) {
                    assertNotNull(o.reviewedAt());
                }
                if (o.cancelledAt() != null) {
                    assertFalse(o.cancelledAt().isAfter(NOW));
                    assertFalse(CompletionRules.countsAsDue(facts, NOW));
                }
                if (o.dueAt().isAfter(NOW)) {
                    assertFalse(CompletionRules.countsAsDue(facts, NOW));
                }
            }
            assertEquals(quota, sent, "each client sends exactly their share");
        }
        assertEquals(5 * 120, occurrences, "each client gets exactly their share of occurrences");
    }

    @Test
    void apportionedPartsAddUpAndRespectCaps() {
        int[] parts = Apportion.split(1_000, new double[] {1, 2, 3, 0.5}, new int[] {100, 1_000, 1_000, 1_000});
        assertEquals(1_000, parts[0] + parts[1] + parts[2] + parts[3]);
        assertTrue(parts[0] <= 100);
    }

    @Test
    void signedNotesCarryTheHashTheApplicationComputes() {
        Practice practice = Practice.create(Scale.S0, 8, NOW, 1);
        Practice.Person client = practice.clients.get(3);
        Random random = new Random(3);
        for (NoteFormat format : NoteFormat.values()) {
            NoteContent content = Notes.content(random, LocalDate.of(2026, 11, 2), format, client);
            assertEquals(List.of(), content.signProblems());
            Instant signed = Instant.parse("2026-11-02T18:12:13.456Z");
            Notes.Note note = Notes.note(42, client, content, 3, signed, signed, signed);
            assertEquals(Instant.parse("2026-11-02T18:12:13Z"), note.signedAt());
            assertEquals(NoteCanonical.sha256(NoteCanonical.note(42, client.id, client.clinician.id, content,
                    note.signedAt())), note.sha256());
            assertEquals(4, note.revision());
        }
    }
}
