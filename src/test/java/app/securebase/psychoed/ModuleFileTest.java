package app.securebase.psychoed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ModuleFileTest {

    private static final Path FOLDER = Path.of("src/main/resources/app/securebase/psychoed/modules");

    private static final String SAMPLE = """
            ---
            slug: sample-module
            title: "A sample: module"
            summary: >-
              First sentence.
              Second sentence.
            readingMinutes: 2
            topics:
              - self-care
              - crisis
            contentNote: You can pause at any time.
            order: 7
            sources:
              - title: "A paper"
                author: "Doe J."
                journal: "A Journal"
                year: 2001
                doi: "10.1000/xyz"
              - title: "An article"
                publisher: "A Publisher"
            revision: 3
            ---

            ## Key takeaways

            - One **strong** point
            - [Call 988](tel:988)

            <script>alert(1)</script>
            [bad](javascript:alert(1))

            ## Check your understanding

            1. In your own words, what is *one* point?
            2. What would you tell a friend?
            """;

    @Test
    void parsesFrontMatterAndBody() {
        ModuleFile file = ModuleFile.parse("07-sample-module.md", SAMPLE);
        assertEquals("sample-module", file.slug());
        assertEquals("A sample: module", file.title());
        assertEquals("First sentence. Second sentence.", file.summary());
        assertEquals(2, file.readingMinutes());
        assertEquals(List.of("self-care", "crisis"), file.topics());
        assertEquals("You can pause at any time.", file.contentNote());
        assertEquals(7, file.order());
        assertEquals(3, file.revision());
        assertEquals(2, file.sources().size());
        ModuleSource paper = file.sources().get(0);
        assertEquals("A Journal", paper.getContainer());
        assertEquals(2001, paper.getYear());
        assertEquals("https://doi.org/10.1000/xyz", paper.getLink());
        assertEquals("A Publisher", file.sources().get(1).getContainer());
        assertEquals(null, file.sources().get(1).getLink());

        assertTrue(file.bodyHtml().contains("<h2>Key takeaways</h2>"), file.bodyHtml());
        assertTrue(file.bodyHtml().contains("<strong>strong</strong>"), file.bodyHtml());
        assertTrue(file.bodyHtml().contains("href=\"tel:988\""), file.bodyHtml());
        assertFalse(file.bodyHtml().contains("<script"), file.bodyHtml());
        assertFalse(file.bodyHtml().contains("javascript:"), file.bodyHtml());
        assertTrue(file.bodyText().contains("Key takeaways"));
        assertFalse(file.bodyText().contains("<h2"), file.bodyText());
        assertTrue(file.bodyHtml().contains("&lt;script&gt;"), "raw HTML in Markdown shows as text");
        assertTrue(file.bodyText().contains("One strong point"), file.bodyText());
        assertEquals(64, file.sourceHash().length());
    }

    @Test
    void theReflectionQuestionsLeaveTheBodyAndBecomeAList() {
        ModuleFile file = ModuleFile.parse("07-sample-module.md", SAMPLE);
        assertEquals(List.of("In your own words, what is one point?", "What would you tell a friend?"),
                file.questions());
        assertFalse(file.bodyHtml().contains("Check your understanding"), file.bodyHtml());
        assertFalse(file.bodyHtml().contains("tell a friend"), file.bodyHtml());

        String without = SAMPLE.substring(0, SAMPLE.indexOf("## Check your understanding"));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> ModuleFile.parse("07-sample-module.md", without));
        assertTrue(missing.getMessage().contains("Check your understanding"), missing.getMessage());
    }

    @Test
    void theHashFollowsTheText() {
        String a = ModuleFile.parse("07-sample-module.md", SAMPLE).sourceHash();
        assertEquals(a, ModuleFile.parse("07-sample-module.md", SAMPLE).sourceHash());
        assertNotEquals(a, ModuleFile.parse("07-sample-module.md", SAMPLE + "\nMore.\n").sourceHash());
    }

    @Test
    void refusesBrokenFiles() {
        assertThrows(IllegalArgumentException.class, () -> ModuleFile.parse("07-sample-module.md", "# no front matter"));
        assertThrows(IllegalArgumentException.class, () -> ModuleFile.parse("08-sample-module.md", SAMPLE));
        assertThrows(IllegalArgumentException.class, () -> ModuleFile.parse("07-other.md", SAMPLE));
        assertThrows(IllegalArgumentException.class,
                () -> ModuleFile.parse("07-sample-module.md", SAMPLE.replace("readingMinutes: 2\n", "")));
        assertThrows(IllegalArgumentException.class,
                () -> ModuleFile.parse("07-sample-module.md", SAMPLE.replace("revision: 3", "revision: !!java.io.File x")));
    }

    @Test
    void theIndexListsExactlyTheModuleFiles() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(FOLDER)) {
            onDisk = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md") && !n.equals("README.md")).sorted().toList();
        }
        assertEquals(onDisk, ModuleLoader.index());
        assertEquals(13, onDisk.size());
    }

    @Test
    void everyBuiltInModuleParses() {
        for (String name : ModuleLoader.index()) {
            ModuleFile file = ModuleFile.parse(name, ModuleLoader.read(name));
            assertFalse(file.bodyHtml().isBlank(), name);
            assertFalse(file.sources().isEmpty(), name);
            assertFalse(file.bodyHtml().contains("<h1"), name);
            assertTrue(file.questions().size() >= 2 && file.questions().size() <= 3, name + " " + file.questions());
            assertTrue(file.questions().stream().allMatch(q -> q.endsWith("?")), name);
        }
    }
}
