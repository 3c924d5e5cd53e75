package app.securebase.notes.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

class NoteDocxTest {

    private final NoteDocx docx = new NoteDocx(ExportTexts.english(ZoneOffset.UTC));

    @Test
    void wordOpensTheNoteWithItsHeadingsFieldsSignatureAndAddendaInOrder() throws IOException {
        try (XWPFDocument document = open(SampleNotes.full())) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            List<String> headings = document.getParagraphs().stream()
                    .filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText).toList();

            assertEquals("Praxis Müller & Søn", paragraphs.get(0));
            assertEquals(List.of("Subjective", "Objective", "Assessment", "Plan", "Risk assessment", "Mental status",
                    "Signature", "Addenda"), headings);
            assertTrue(paragraphs.contains("Client: " + SampleNotes.CLIENT), paragraphs::toString);
            assertTrue(paragraphs.contains("Client ID: C-1042"));
            assertTrue(paragraphs.contains("Session: November 3, 2026, 10:00, 50 minutes"), paragraphs::toString);
            assertTrue(paragraphs.contains("Suicidal ideation: Denied"));
            assertTrue(paragraphs.contains("Content SHA-256: " + SampleNotes.HASH));
            assertTrue(paragraphs.contains("Signed at: 2026-11-03 11:05:09 Z"), paragraphs::toString);
            assertTrue(paragraphs.indexOf("Addendum 1") < paragraphs.indexOf("Addendum 2"));
            assertTrue(paragraphs.indexOf("Content SHA-256: " + SampleNotes.HASH_ADDENDUM_1)
                    < paragraphs.indexOf("Second addendum: phoned the client."));
            assertEquals("Heading1", document.getParagraphs().get(paragraphs.indexOf("Subjective")).getStyle());
        }
    }

    @Test
    void nonLatinAndMarkupCharactersArriveUnchanged() throws IOException {
        try (XWPFDocument document = open(SampleNotes.full())) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            for (String expected : List.of(SampleNotes.GREEK, SampleNotes.CYRILLIC, SampleNotes.GEORGIAN,
                    SampleNotes.ARMENIAN, SampleNotes.SPECIAL, "(nothing recorded)")) {
                assertTrue(paragraphs.contains(expected), () -> "missing '" + expected + "' in " + paragraphs);
            }
        }
    }

    @Test
    void theFooterNumbersPagesWithWordFieldsAndSaysWhenTheFileWasMade() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        docx.write(SampleNotes.full(), out);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            XWPFFooter footer = document.getFooterList().get(0);
            String text = footer.getText();
            assertTrue(text.contains("Generated 2026-11-21 12:30:00 Z"), text);
            assertTrue(text.contains("Page 1 of 1"), text);
            String xml = footer.getParagraphs().get(0).getCTP().xmlText();
            assertTrue(xml.contains("PAGE") && xml.contains("NUMPAGES"), xml);
            assertEquals("Session note · Zoë Ångström-Øberg · November 3, 2026",
                    document.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void controlCharactersThatXmlCannotCarryAreDroppedNotFatal() throws IOException {
        var note = SampleNotes.full();
        var odd = new app.securebase.notes.NoteDocument(note.practiceName(), "Bell\u0007 Client", "C-1",
                note.clinicianName(), note.sessionDate(), note.startTime(), 50, "Individual", "Free form",
                List.of(new app.securebase.notes.NoteDocument.Section("Notes", "tab\there\u0000")), null, null, null,
                null, note.generatedAt());
        try (XWPFDocument document = open(odd)) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertTrue(paragraphs.contains("Client: Bell Client"), paragraphs::toString);
            assertTrue(paragraphs.contains("tab\there"), paragraphs::toString);
            assertTrue(paragraphs.contains("Not signed: this is a draft and may still change."));
        }
    }

    @Test
    void rightToLeftParagraphsAreMarkedSoWordLaysThemOutFromTheRight() throws IOException {
        try (XWPFDocument document = open(SampleNotes.scripts())) {
            XWPFParagraph hebrew = paragraph(document, SampleNotes.HEBREW);
            assertTrue(hebrew.getCTP().getPPr().isSetBidi(), hebrew.getCTP()::xmlText);
            assertTrue(hebrew.getRuns().stream().allMatch(r -> r.getCTR().getRPr().sizeOfRtlArray() == 1),
                    hebrew.getCTP()::xmlText);
            XWPFParagraph arabicHeading = paragraph(document, "ملاحظات الجلسة");
            assertEquals("Heading1", arabicHeading.getStyle());
            assertTrue(arabicHeading.getCTP().getPPr().isSetBidi(), arabicHeading.getCTP()::xmlText);

            XWPFParagraph mixed = paragraph(document, SampleNotes.MIXED);
            assertTrue(mixed.getCTP().getPPr() == null || !mixed.getCTP().getPPr().isSetBidi(),
                    "an English sentence with a Hebrew word in it stays left-to-right");
            List<String> rtlRuns = mixed.getRuns().stream()
                    .filter(r -> r.getCTR().getRPr() != null && r.getCTR().getRPr().sizeOfRtlArray() == 1)
                    .map(r -> r.text()).toList();
            assertEquals(List.of("שלום"), rtlRuns, mixed.getCTP()::xmlText);
            assertTrue(paragraph(document, "Objective").getCTP().getPPr().getBidi() == null);
        }
    }

    @Test
    void chineseJapaneseAndKoreanRunsNameAnEastAsianFont() throws IOException {
        try (XWPFDocument document = open(SampleNotes.scripts())) {
            assertEquals("Yu Gothic", eastAsianFont(paragraph(document, SampleNotes.JAPANESE), SampleNotes.JAPANESE),
                    "kana make the kanji beside them Japanese");
            String chineseKorean = SampleNotes.CHINESE + " " + SampleNotes.KOREAN;
            assertEquals("Malgun Gothic", eastAsianFont(paragraph(document, chineseKorean), chineseKorean));
            assertEquals("Microsoft YaHei", eastAsianFont(paragraph(document, "下周继续。"), "下周继续。"));
            XWPFParagraph title = paragraph(document, "Praxis 東京 · מרפאה");
            assertEquals(List.of("Praxis ", "東京", " · ", "מרפאה"),
                    title.getRuns().stream().map(r -> r.text()).toList());
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String text) {
        return document.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph '" + text + "'"));
    }

    private static String eastAsianFont(XWPFParagraph paragraph, String run) {
        return paragraph.getRuns().stream().filter(r -> r.text().equals(run)).findFirst()
                .orElseThrow(() -> new AssertionError("no run '" + run + "' in " + paragraph.getCTP().xmlText()))
                .getCTR().getRPr().getRFontsArray(0).getEastAsia();
    }

    private XWPFDocument open(app.securebase.notes.NoteDocument note) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        docx.write(note, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }
}
