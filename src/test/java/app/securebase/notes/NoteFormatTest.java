package app.securebase.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class NoteFormatTest {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("app.securebase.i18n.messages", Locale.ENGLISH);

    @Test
    void eachFormatHasItsSectionsInOrderWithHeadings() {
        assertEquals(List.of("subjective", "objective", "assessment", "plan"), NoteFormat.SOAP.sections());
        assertEquals(List.of("data", "assessment", "plan"), NoteFormat.DAP.sections());
        assertEquals(List.of("behavior", "intervention", "response", "plan"), NoteFormat.BIRP.sections());
        assertEquals(List.of("body"), NoteFormat.FREE.sections());
        assertEquals(List.of("Data", "Assessment", "Plan"), List.copyOf(NoteFormat.DAP.headings(TEXTS).values()));
        assertEquals(List.of("Subjective", "Objective", "Assessment", "Plan"),
                List.copyOf(NoteFormat.SOAP.headings(TEXTS).values()));
        assertEquals(List.of("Behavior", "Intervention", "Response", "Plan"),
                List.copyOf(NoteFormat.BIRP.headings(TEXTS).values()));
        for (NoteFormat format : NoteFormat.values()) {
            assertTrue(TEXTS.containsKey(format.labelKey()), format.labelKey());
        }
    }

    @Test
    void theHomeworkReviewGoesToTheDataOrSubjectiveSection() {
        assertEquals("subjective", NoteFormat.SOAP.reviewSection());
        assertEquals("data", NoteFormat.DAP.reviewSection());
        assertEquals("behavior", NoteFormat.BIRP.reviewSection());
        assertEquals("body", NoteFormat.FREE.reviewSection());
    }

    @Test
    void everyLabelOfTheStructuredPartsIsInTheBundle() {
        for (ServiceType s : ServiceType.values()) {
            assertTrue(TEXTS.containsKey(s.labelKey()), s.labelKey());
        }
        for (ServiceSetting s : ServiceSetting.values()) {
            assertTrue(TEXTS.containsKey(s.labelKey()), s.labelKey());
        }
        for (RiskLevel l : RiskLevel.values()) {
            assertTrue(TEXTS.containsKey(l.labelKey()), l.labelKey());
        }
        for (MentalStatusItem item : MentalStatusItem.values()) {
            assertTrue(TEXTS.containsKey(item.labelKey()), item.labelKey());
            assertEquals(item, MentalStatusItem.byKey(item.key()));
            item.choices().forEach(c -> assertTrue(TEXTS.containsKey(item.choiceKey(c)), item.choiceKey(c)));
        }
    }

    @Test
    void contentKeepsExactlyTheFormatsSectionsAsPlainTextWithLineBreaks() {
        NoteContent content = new NoteContent(java.time.LocalDate.of(2026, 11, 20), null, null, ServiceType.INDIVIDUAL,
                ServiceSetting.IN_PERSON, NoteFormat.DAP,
                Map.of("data", "line one\r\nline two\u0000", "subjective", "not a DAP section"), null, Map.of());
        assertEquals(List.of("data", "assessment", "plan"), List.copyOf(content.sections().keySet()));
        assertEquals("line one\nline two", content.sections().get("data"));
        assertEquals("", content.sections().get("plan"));
        assertTrue(content.draftProblems().isEmpty());
        assertTrue(content.signProblems().containsAll(List.of("notes.error.startTime", "notes.error.duration")));
        assertTrue(NoteContent.blank(java.time.LocalDate.of(2026, 11, 20), NoteFormat.DAP).signProblems()
                .contains("notes.error.empty"));
    }

    @Test
    void changingTheFormatLosesNoText() {
        Map<String, String> soap = Map.of("subjective", "Client says", "objective", "Calm", "assessment", "Better",
                "plan", "Next week");
        Map<String, String> dap = NoteFormat.DAP.carryOver(NoteFormat.SOAP, soap, TEXTS);
        assertEquals("", dap.get("data"));
        assertEquals("Better", dap.get("assessment"));
        String plan = dap.get("plan");
        assertTrue(plan.startsWith("Next week"));
        assertTrue(plan.contains("Subjective:\nClient says"));
        assertTrue(plan.contains("Objective:\nCalm"));
        Map<String, String> free = NoteFormat.FREE.carryOver(NoteFormat.DAP, Map.of("data", "D", "plan", "P"), TEXTS);
        assertEquals("Data:\nD\n\nPlan:\nP", free.get("body"));
        assertFalse(free.containsKey("data"));
    }
}
