package app.securebase.notes.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.notes.NoteDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * Text in any script: Chinese, Japanese and Korean drawn in the fallback font, Hebrew and Arabic in visual order with
 * Arabic letters joined. What a reader gets back is checked with PDFBox's text extraction, which returns right-to-left
 * text in logical order and Arabic presentation forms as plain letters; what was drawn is checked glyph by glyph.
 */
class PdfTextTest {

    private final NotePdf pdf = new NotePdf(ExportTexts.english(ZoneOffset.UTC));

    @Test
    void chineseJapaneseAndKoreanArePrintedNotReplaced() throws IOException {
        try (PDDocument document = Loader.loadPDF(render(SampleNotes.scripts()))) {
            String text = NotePdfTest.text(document);
            for (String expected : List.of(SampleNotes.JAPANESE, SampleNotes.CHINESE + " " + SampleNotes.KOREAN,
                    "Praxis 東京", "计划", "下周继续。", "来访者报告本周睡眠有所改善")) {
                assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
            }
            assertFalse(text.contains("?") || text.contains("\uFFFD"), text);
            assertTrue(fontNames(document.getPage(0)).stream().anyMatch(name -> name.contains("DroidSansFallback")),
                    () -> fontNames(document.getPage(0)).toString());
        }
    }

    @Test
    void aLongChineseParagraphBreaksBetweenCharactersWithinTheMargins() throws IOException {
        try (PDDocument document = Loader.loadPDF(render(SampleNotes.scripts()))) {
            List<TextPosition> han = glyphs(document).stream().filter(g -> Character.UnicodeScript
                    .of(g.getUnicode().codePointAt(0)) == Character.UnicodeScript.HAN).toList();
            long lines = han.stream().map(TextPosition::getY).distinct().count();
            assertTrue(lines >= 5, "the four sentences take several lines, got " + lines);
            for (TextPosition glyph : han) {
                assertTrue(glyph.getX() + glyph.getWidth() <= PdfLayout.RIGHT + 0.5f, glyph::toString);
            }
        }
    }

    @Test
    void hebrewAndArabicComeBackInReadingOrder() throws IOException {
        String text = NotePdfTest.text(render(SampleNotes.scripts()));
        for (String expected : List.of(SampleNotes.HEBREW, SampleNotes.ARABIC, SampleNotes.MIXED,
                SampleNotes.HEBREW_BRACKETS, "ملاحظات الجلسة", "لا يوجد خطر (منخفض)", "Client דוד כהן")) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
        }
    }

    @Test
    void arabicIsDrawnInJoinedLetterForms() throws IOException {
        try (PDDocument document = Loader.loadPDF(render(SampleNotes.scripts()))) {
            String drawn = glyphs(document).stream().map(TextPosition::getUnicode).collect(Collectors.joining());
            long shaped = drawn.codePoints().filter(cp -> cp >= 0xFE70 && cp <= 0xFEFC).count();
            long unshaped = drawn.codePoints().filter(cp -> cp >= 0x0621 && cp <= 0x064A).count();
            assertTrue(shaped >= SampleNotes.ARABIC.replace(" ", "").length(), "shaped glyphs: " + shaped);
            assertEquals(0, unshaped, drawn);
            // "مرحبا": meem initial, reh final, hah initial, beh medial, alef final.
            assertTrue(drawn.contains(new StringBuilder("\uFEE3\uFEAE\uFEA3\uFE92\uFE8E").reverse()), drawn);
        }
    }

    @Test
    void aHebrewParagraphIsDrawnFromRightToLeftAgainstTheRightMargin() throws IOException {
        try (PDDocument document = Loader.loadPDF(render(SampleNotes.scripts()))) {
            List<TextPosition> line = line(glyphs(document), SampleNotes.HEBREW);
            assertEquals(new StringBuilder(SampleNotes.HEBREW).reverse().toString(), visual(line));
            TextPosition last = line.get(line.size() - 1);
            assertEquals(PdfLayout.RIGHT, last.getX() + last.getWidth(), 1f, "right-aligned");
        }
    }

    @Test
    void bracketsInARightToLeftParagraphAreMirrored() throws IOException {
        try (PDDocument document = Loader.loadPDF(render(SampleNotes.scripts()))) {
            List<TextPosition> line = line(glyphs(document), SampleNotes.HEBREW_BRACKETS);
            assertEquals("עיגה (דוד) חוקלה", visual(line));
        }
    }

    @Test
    void anEnglishLineKeepsItsOrderWithTheHebrewWordReversedInPlace() throws IOException {
        try (PDDocument document = Loader.loadPDF(render(SampleNotes.scripts()))) {
            List<TextPosition> line = line(glyphs(document), SampleNotes.MIXED);
            assertEquals("Client said םולש twice (today)", visual(line));
            assertEquals(PdfLayout.LEFT, line.get(0).getX(), 0.5f, "left-aligned");
        }
    }

    @Test
    void anAllLatinNoteNeverEmbedsTheFallbackFont() throws IOException {
        try (PDDocument document = Loader.loadPDF(render(SampleNotes.full()))) {
            for (PDPage page : document.getPages()) {
                assertTrue(fontNames(page).stream().noneMatch(name -> name.contains("Droid")),
                        () -> fontNames(page).toString());
            }
        }
    }

    @Test
    void bidiMarksSteerButAreNeverDrawn() throws IOException {
        NoteDocument note = note("\u200EName\u200F: Dana\u202A\u202C");
        String text = NotePdfTest.text(render(note));
        assertTrue(text.contains("Name: Dana"), text);
        assertFalse(text.contains("\uFFFD"), text);
    }

    private NoteDocument note(String text) {
        NoteDocument n = SampleNotes.full();
        return new NoteDocument(n.practiceName(), n.clientName(), n.clientIdentifier(), n.clinicianName(),
                n.sessionDate(), n.startTime(), n.durationMinutes(), n.serviceLabel(), n.formatLabel(),
                List.of(new NoteDocument.Section("Notes", text)), null, List.of(), null, List.of(), n.generatedAt());
    }

    private byte[] render(NoteDocument note) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(note, out);
        return out.toByteArray();
    }

    private static List<String> fontNames(PDPage page) {
        List<String> names = new ArrayList<>();
        for (COSName name : page.getResources().getFontNames()) {
            try {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font::getName);
                names.add(font.getName());
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        return names;
    }

    /** Every glyph drawn, in drawing order, with the character its font maps it back to. */
    private static List<TextPosition> glyphs(PDDocument document) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper collector = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
            }
        };
        collector.getText(document);
        return glyphs;
    }

    /** The glyphs on the baseline of the first glyph of {@code logical}'s first letter, left to right. */
    private static List<TextPosition> line(List<TextPosition> glyphs, String logical) {
        String first = logical.substring(0, 1);
        String last = logical.substring(logical.length() - 1);
        for (TextPosition glyph : glyphs) {
            if (!glyph.getUnicode().equals(first)) {
                continue;
            }
            List<TextPosition> line = glyphs.stream().filter(g -> g.getY() == glyph.getY())
                    .sorted(Comparator.comparing(TextPosition::getX)).toList();
            if (visual(line).length() == logical.length() && visual(line).contains(last)) {
                return line;
            }
        }
        throw new AssertionError("no line for " + logical);
    }

    private static String visual(List<TextPosition> line) {
        return line.stream().map(TextPosition::getUnicode).collect(Collectors.joining());
    }
}
