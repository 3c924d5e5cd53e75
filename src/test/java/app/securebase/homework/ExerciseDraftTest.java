package app.securebase.homework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExerciseDraftTest {

    @Test
    void plainInstructionsBecomeEscapedParagraphsAndComeBackAsTyped() {
        String typed = "First line\nsecond line <script>alert(1)</script> & more\n\nA new paragraph: 5 > 3 + 1 = 'ok' @home";
        String html = ExerciseDraft.paragraphs(typed);
        assertTrue(html.startsWith("<p>First line<br />second line &lt;script&gt;"), html);
        assertTrue(html.contains("</p><p>A new paragraph"), html);
        assertEquals(typed, HtmlText.toPlain(html));
    }

    @Test
    void aTemplateNeedsTitleSummaryInstructionsAndValidFieldsToBePublished() {
        TemplateContent empty = new TemplateContent("", "", "", 5, List.of());
        assertEquals(List.of(), empty.problemsForSaving(), "half-written work can always be saved");
        assertEquals(List.of("homework.builder.error.titleRequired", "homework.builder.error.summaryRequired",
                "homework.builder.error.instructionsRequired", "homework.builder.error.noFields"),
                empty.problemsForPublishing());

        FieldDefinition broken = FieldDefinition.of("Bad Key", FieldType.SHORT_TEXT, "Label", true);
        TemplateContent withBrokenField = new TemplateContent("T", "S", "I", 5, List.of(broken));
        assertEquals(List.of("homework.builder.error.fields"), withBrokenField.problemsForPublishing());
        assertEquals(List.of("homework.builder.error.minutes"),
                new TemplateContent("T", "S", "I", 0, List.of()).problemsForSaving());
    }
}
