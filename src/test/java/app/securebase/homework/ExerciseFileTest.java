package app.securebase.homework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ExerciseFileTest {

    private static final Path FOLDER = Path.of("src/main/resources/app/securebase/homework/exercises");

    private static final String SAMPLE = """
            ---
            slug: sample-exercise
            title: "A sample: exercise"
            summary: >-
              First sentence.
              Second sentence.
            estimatedMinutes: 5
            topics:
              - emotions
            order: 3
            revision: 2
            sources:
              - title: "An article"
                publisher: "A Publisher"
            fields:
              - key: what
                type: long-text
                label: What happened?
                required: true
                maxLength: 500
              - key: level
                type: scale
                label: How strong?
                min: 0
                max: 100
                step: 5
                minLabel: Not at all
                maxLabel: Very
              - key: hours
                type: number
                label: Hours
                min: 0
                max: 24
                step: 0.5
              - key: done
                type: checklist
                label: Done
                options:
                  - value: sleep
                    label: Sleep
                  - value: meals
                    label: Meals
              - key: feel
                type: emotions
                label: Feelings
            ---

            Do **this**, then that.

            <script>alert(1)</script>

            ## Why this helps

            Because it does.
            """;

    private static ExerciseFile sample() {
        return ExerciseFile.parse("03-sample-exercise.md", SAMPLE);
    }

    private static void refused(String text, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExerciseFile.parse("03-sample-exercise.md", text));
        assertTrue(e.getMessage().startsWith("Exercise file 03-sample-exercise.md "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void parsesFrontMatterFieldsAndBody() {
        ExerciseFile file = sample();
        assertEquals("sample-exercise", file.slug());
        assertEquals("A sample: exercise", file.title());
        assertEquals("First sentence. Second sentence.", file.summary());
        assertEquals(5, file.estimatedMinutes());
        assertEquals(List.of("emotions"), file.topics());
        assertEquals(3, file.order());
        assertEquals(2, file.revision());
        assertEquals("A Publisher", file.sources().get(0).getContainer());
        assertFalse(file.clinicianPrompt());

        assertEquals(List.of("what", "level", "hours", "done", "feel"),
                file.fields().stream().map(FieldDefinition::key).toList());
        FieldDefinition what = file.field("what");
        assertEquals(FieldType.LONG_TEXT, what.type());
        assertTrue(what.required());
        assertEquals(500, what.maxLength());
        FieldDefinition level = file.field("level");
        assertEquals(0, level.min().compareTo(BigDecimal.ZERO));
        assertEquals(0, level.max().compareTo(new BigDecimal("100")));
        assertEquals("Not at all", level.minLabel());
        assertFalse(level.required(), "optional unless the file says required");
        assertEquals(new BigDecimal("0.5"), file.field("hours").step());
        assertEquals(List.of(ChoiceOption.of("sleep", "Sleep"), ChoiceOption.of("meals", "Meals")),
                file.field("done").options());
        assertEquals(5, file.field("feel").maxEmotions());

        assertTrue(file.instructionsHtml().contains("<strong>this</strong>"), file.instructionsHtml());
        assertTrue(file.instructionsHtml().contains("&lt;script&gt;"), "raw HTML shows as text");
        assertFalse(file.instructionsHtml().contains("Why this helps"), file.instructionsHtml());
        assertEquals("<p>Because it does.</p>", file.whyItHelpsHtml());
        assertEquals(64, file.sourceHash().length());
    }

    @Test
    void theHashFollowsTheText() {
        String hash = sample().sourceHash();
        assertEquals(hash, sample().sourceHash());
        assertNotEquals(hash, ExerciseFile.parse("03-sample-exercise.md", SAMPLE + "\nMore.\n").sourceHash());
    }

    @Test
    void theClinicianPromptFlagIsRead() {
        String flagged = SAMPLE.replace("revision: 2\n", "revision: 2\nclinicianPrompt: true\n");
        assertTrue(ExerciseFile.parse("03-sample-exercise.md", flagged).clinicianPrompt());
        refused(SAMPLE.replace("revision: 2\n", "revision: 2\nclinicianPrompt: sometimes\n"), "clinicianPrompt");
    }

    @Test
    void refusesBrokenFrontMatter() {
        refused("# no front matter", "front matter");
        refused(SAMPLE.replace("revision: 2", "revision: !!java.io.File x"), "not valid YAML");
        refused(SAMPLE.replace("estimatedMinutes: 5\n", ""), "estimatedMinutes");
        refused(SAMPLE.replace("order: 3", "order: 4"), "file name");
        refused(SAMPLE.replace("  - emotions", "  - feelings"), "topic 'feelings'");
        refused(SAMPLE.replace("revision: 2\n", "revision: 2\ncolour: blue\n"), "unknown key 'colour'");
        refused(SAMPLE.replace("revision: 2\n", "revision: 2\norder: 3\n"), "not valid YAML");
        refused(SAMPLE.replace("sources:\n  - title: \"An article\"\n    publisher: \"A Publisher\"\n", ""),
                "source");
    }

    @Test
    void refusesBrokenFields() {
        refused(SAMPLE.replace("type: long-text", "type: essay"), "field 'what' has an unknown type 'essay'");
        refused(SAMPLE.replace("key: hours", "key: what"), "the key is used twice");
        refused(SAMPLE.replace("    step: 5\n", "    step: 7\n"), "land on max");
        refused(SAMPLE.replace("    maxLength: 500\n", "    maxLenght: 500\n"), "unknown key 'maxLenght'");
        refused(SAMPLE.replace("value: meals", "value: Meals!"), "option value 'Meals!'");
        refused(SAMPLE.replace("value: meals", "value: no"), "quote it");
        refused(SAMPLE.replace("required: true", "required: yes please"), "required");
        refused(SAMPLE.replace("    minLabel: Not at all\n", ""), "minLabel");
        refused(SAMPLE.replace("fields:", "fieldz:"), "unknown key 'fieldz'");
    }

    @Test
    void refusesABrokenBody() {
        refused(SAMPLE.replace("## Why this helps", "## Why it helps"), "'## Why this helps' section");
        refused(SAMPLE.replace("Because it does.", ""), "empty '## Why this helps'");
        refused(SAMPLE.replace("Do **this**, then that.\n\n<script>alert(1)</script>\n", ""), "needs instructions");
        refused(SAMPLE.replace("Do **this**", "# Title\n\nDo **this**"), "only one heading");
        refused(SAMPLE.replace("Because it does.", "Because it does.\n\n## More"), "only one heading");
        refused(SAMPLE.replace("Do **this**", "Do [this](https://example.com)"), "link");
        refused(SAMPLE.replace("Do **this**", "Do [this](javascript:alert(1))"), "link");
    }

    @Test
    void theIndexListsExactlyTheExerciseFiles() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(FOLDER)) {
            onDisk = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md") && !n.equals("README.md")).sorted().toList();
        }
        assertEquals(onDisk, BuiltInExercises.index());
        assertTrue(onDisk.size() >= 10, onDisk.toString());
    }

    @Test
    void everyBuiltInExerciseParsesAndIsComplete() {
        List<ExerciseFile> all = BuiltInExercises.all();
        Set<String> slugs = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            ExerciseFile file = all.get(i);
            String name = file.fileName();
            assertEquals(i + 1, file.order(), name);
            assertTrue(slugs.add(file.slug()), name);
            assertFalse(file.instructionsHtml().isBlank(), name);
            assertTrue(file.whyItHelpsHtml().startsWith("<p>"), name);
            assertFalse(file.sources().isEmpty(), name);
            assertTrue(file.sources().stream().anyMatch(s -> s.getContainer().equals("Psych Central")
                    || s.getContainer().equals("Parenting For Brain")), name + " cites a seed article");
            assertTrue(file.summary().length() <= 500, name);
            assertEquals(List.of(), TemplateRules.check(file.fields()), name);
            assertEquals(file.fields().size(), file.fields().stream().map(FieldDefinition::key).distinct().count(),
                    name);
            assertTrue(file.fields().stream().anyMatch(FieldDefinition::required), name + " asks for something");
        }
    }

    @Test
    void theBuiltInsCoverWhatTheIssueAsksFor() {
        List<ExerciseFile> all = BuiltInExercises.all();
        assertEquals(List.of("emotion-log", "daily-check-in", "trigger-map", "self-care-plan",
                "relationship-patterns", "boundaries-practice-log", "self-compassion-letter",
                "grounding-practice-log", "support-network-map", "journaling-prompt"),
                all.stream().map(ExerciseFile::slug).toList());
        assertEquals(List.of("journaling-prompt"),
                all.stream().filter(ExerciseFile::clinicianPrompt).map(ExerciseFile::slug).toList());

        ExerciseFile log = all.get(0);
        assertEquals(FieldType.EMOTIONS, log.field("emotions").type());
        assertScale(log.field("intensity_after"), 0, 100);

        ExerciseFile checkIn = all.get(1);
        assertTrue(checkIn.fields().size() >= 3 && checkIn.fields().size() <= 4, "quick: 3 to 4 fields");
        assertTrue(checkIn.estimatedMinutes() < 2);

        assertEquals(List.of("sleep", "meals", "movement", "outlet", "connection", "support_group"),
                all.get(3).field("done").options().stream().map(ChoiceOption::value).toList());
        assertEquals(FieldType.CHECKLIST, all.get(3).field("done").type());

        ExerciseFile grounding = all.get(7);
        assertScale(grounding.field("distress_before"), 0, 100);
        assertScale(grounding.field("distress_after"), 0, 100);

        Set<FieldType> used = new HashSet<>();
        all.forEach(file -> file.fields().forEach(field -> used.add(field.type())));
        assertEquals(Set.of(FieldType.values()), used, "the built-ins use every field type");
    }

    private static void assertScale(FieldDefinition field, int min, int max) {
        assertEquals(FieldType.SCALE, field.type());
        assertEquals(0, field.min().compareTo(BigDecimal.valueOf(min)));
        assertEquals(0, field.max().compareTo(BigDecimal.valueOf(max)));
    }
}
