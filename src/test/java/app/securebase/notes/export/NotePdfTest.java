package app.securebase.notes.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.notes.NoteDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class NotePdfTest {

    private final NotePdf pdf = new NotePdf(ExportTexts.english(ZoneOffset.UTC));

    @Test
    void aNoteCarriesEverythingAClinicFiles() throws IOException {
        try (PDDocument document = Loader.loadPDF(render(SampleNotes.full()))) {
            String text = text(document);
            for (String expected : List.of("Praxis Müller & Søn", "Session note", SampleNotes.CLIENT, "C-1042",
                    "Dr. José Núñez", "November 3, 2026, 10:00, 50 minutes", "Individual, in person", "SOAP",
                    "Subjective", "Objective", "Assessment", "Plan", "(nothing recorded)",
                    "Risk assessment", "Suicidal ideation", "Denied", "Mental status", "Euthymic",
                    "Signature", "Signed by", "2026-11-03 11:05:09 Z", SampleNotes.HASH,
                    "Generated 2026-11-21 12:30:00 Z", "Page 1 of " + document.getNumberOfPages())) {
                assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
            }
            assertEquals("Session note · Zoë Ångström-Øberg · November 3, 2026",
                    document.getDocumentInformation().getTitle());
        }
    }

    @Test
    void accentedGreekCyrillicGeorgianArmenianAndMarkupCharactersComeBackAsWritten() throws IOException {
        String text = text(render(SampleNotes.full()));
        for (String expected : List.of("café visits, naïve fears.", SampleNotes.GREEK, SampleNotes.CYRILLIC,
                SampleNotes.GEORGIAN, SampleNotes.ARMENIAN, SampleNotes.SPECIAL)) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
        }
    }

    @Test
    void fontsAreEmbeddedSoTheFileLooksTheSameEverywhere() throws IOException {
        try (PDDocument document = Loader.loadPDF(render(SampleNotes.full()))) {
            PDPage page = document.getPage(0);
            int fonts = 0;
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), () -> font.getName() + " is not embedded");
                fonts++;
            }
            assertTrue(fonts >= 2, "regular and bold");
        }
    }

    @Test
    void addendaFollowTheSignatureInTheOrderTheyWereAdded() throws IOException {
        String text = text(render(SampleNotes.full()));
        int signature = text.indexOf(SampleNotes.HASH);
        int first = text.indexOf("First addendum");
        int second = text.indexOf("Second addendum");
        assertTrue(signature >= 0 && signature < first && first < second, text);
        assertTrue(text.indexOf("Addendum 1") < text.indexOf("Addendum 2"), text);
        assertTrue(text.indexOf(SampleNotes.HASH_ADDENDUM_1) > first, text);
        assertTrue(text.indexOf(SampleNotes.HASH_ADDENDUM_2) > second, text);
    }

    @Test
    void anUnsignedNoteSaysSoAndHasNoSignatureLines() throws IOException {
        String text = text(render(SampleNotes.unsigned()));
        assertTrue(text.contains("Not signed: this is a draft and may still change."), text);
        assertTrue(!text.contains("Signed by") && !text.contains("Risk assessment"), text);
    }

    @Test
    void aLongNoteBreaksAcrossPagesAndEveryPageSaysWhichOfHowMany() throws IOException {
        try (PDDocument document = Loader.loadPDF(render(SampleNotes.numbered(7, 80)))) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 3, "80 paragraphs fill several pages, got " + pages);
            for (int page = 1; page <= pages; page++) {
                String text = pageText(document, page);
                assertTrue(text.contains("Page " + page + " of " + pages), text);
                assertTrue(text.contains("Client 7 · C-7"), text);
            }
            String all = text(document);
            assertTrue(all.contains("Note 7, paragraph 79"), "nothing lost at the end");
        }
    }

    @Test
    void aCharacterNoFontCanShowBecomesTheReplacementCharacterInsteadOfFailingTheExport() throws IOException {
        NoteDocument note = SampleNotes.full();
        // U+2A6D6, a rare Han character (CJK extension B) that neither DejaVu nor Droid Sans Fallback has.
        NoteDocument withCjk = new NoteDocument(note.practiceName(), "漢字 \uD869\uDED6 Client\u0007",
                note.clientIdentifier(), note.clinicianName(), note.sessionDate(), note.startTime(),
                note.durationMinutes(), note.serviceLabel(), note.formatLabel(), note.sections(), null, List.of(),
                null, List.of(), note.generatedAt());
        String text = text(render(withCjk));
        assertTrue(text.contains("漢字 \uFFFD Client\uFFFD"), text);
    }

    @Test
    void manyNotesGetAContentsPageWhoseNumbersPointAtEachNote() throws IOException {
        List<NoteDocument> notes = List.of(SampleNotes.numbered(1, 2), SampleNotes.numbered(2, 90),
                SampleNotes.full());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int written = pdf.writeCombined(n -> "Zoë Ångström-Øberg · 2026", SampleNotes.GENERATED, notes, out);
        assertEquals(3, written);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String contents = pageText(document, 1);
            assertTrue(contents.contains("Contents") && contents.contains("3 session notes"), contents);
            assertTrue(contents.contains("Zoë Ångström-Øberg · 2026"), contents);
            List<Integer> starts = new ArrayList<>();
            Matcher entry = Pattern.compile("(?m)^\\d\\.\\s+.*?\\s(\\d+)\\s*$").matcher(contents);
            while (entry.find()) {
                starts.add(Integer.parseInt(entry.group(1)));
            }
            assertEquals(3, starts.size(), contents);
            assertTrue(pageText(document, starts.get(0)).contains("Client 1 · C-1"));
            assertTrue(pageText(document, starts.get(1)).contains("Note 2, paragraph 0"));
            assertTrue(pageText(document, starts.get(2)).contains(SampleNotes.CLIENT + "\n")
                    || pageText(document, starts.get(2)).contains("Praxis Müller & Søn"));
            assertTrue(starts.get(2) - starts.get(1) >= 2, "the long note takes more than one page");
            int pages = document.getNumberOfPages();
            assertTrue(pageText(document, pages).contains("Page " + pages + " of " + pages));
        }
    }

    @Test
    void contentsThatTakeSeveralPagesStillNumberTheNotesRight() throws IOException {
        assertTrue(NotePdf.contentsPages(150, 1) >= 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.writeCombined(n -> "Everyone", SampleNotes.GENERATED, SampleNotes.many(150, 1, i -> { }), out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            int contentsPages = NotePdf.contentsPages(150, 1);
            String lastContents = pageText(document, contentsPages);
            Matcher entry = Pattern.compile("(?m)^150\\.\\s+.*?\\s(\\d+)\\s*$").matcher(lastContents);
            assertTrue(entry.find(), lastContents);
            int page = Integer.parseInt(entry.group(1));
            assertTrue(pageText(document, page).contains("Client 150 · C-150"));
            assertTrue(pageText(document, contentsPages + 1).contains("Client 1 · C-1"));
        }
    }

    @Test
    void aTitleLongEnoughToWrapStillLeavesEveryEntryOnThePlannedPages() throws IOException {
        String title = "Maximiliane Konstantinopoulou-Wrześniewska-Ångström (C-100042) · November 1, 2026 – "
                + "November 30, 2026";
        int firstPageAtOneLine = 0;
        while (NotePdf.contentsPages(firstPageAtOneLine + 1, 1) == 1) {
            firstPageAtOneLine++;
        }
        assertEquals(2, NotePdf.contentsPages(firstPageAtOneLine, 2), "a second title line pushes one entry over");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.writeCombined(n -> title, SampleNotes.GENERATED, SampleNotes.many(firstPageAtOneLine, 0, i -> { }), out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String second = pageText(document, 2);
            Matcher entry = Pattern.compile("(?m)^" + firstPageAtOneLine + "\\.\\s+.*?\\s(\\d+)\\s*$")
                    .matcher(second);
            assertTrue(entry.find(), second);
            assertTrue(pageText(document, Integer.parseInt(entry.group(1)))
                    .contains("Client " + firstPageAtOneLine + " · C-" + firstPageAtOneLine));
            assertTrue(pageText(document, 1).contains("Maximiliane"));
        }
    }

    @Test
    void noNotesMeansNoFile() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(IllegalArgumentException.class,
                () -> pdf.writeCombined(n -> "Nobody", SampleNotes.GENERATED, List.of(), out));
        assertEquals(0, out.size());
    }

    private byte[] render(NoteDocument note) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(note, out);
        return out.toByteArray();
    }

    static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return text(document);
        }
    }

    static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }
}
