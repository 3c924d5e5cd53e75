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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class NoteZipTest {

    private final NoteZip zip = new NoteZip(new NotePdf(ExportTexts.english(ZoneOffset.UTC)));

    @Test
    void eachNoteIsAWholePdfNamedInOrder() throws IOException {
        NoteDocument odd = SampleNotes.full();
        odd = new NoteDocument(odd.practiceName(), odd.clientName(), "Ö/../../etc passwd", odd.clinicianName(),
                odd.sessionDate(), odd.startTime(), 50, odd.serviceLabel(), odd.formatLabel(), odd.sections(), null,
                null, null, null, odd.generatedAt());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int written = zip.write(List.of(SampleNotes.numbered(1, 1), SampleNotes.numbered(2, 1), odd), out);
        assertEquals(3, written);

        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                texts.add(NotePdfTest.text(in.readAllBytes()));
            }
        }
        assertEquals(List.of("0001_2026-01-02_C-1.pdf", "0002_2026-01-03_C-2.pdf", "0003_2026-11-03_etc-passwd.pdf"),
                names);
        assertTrue(texts.get(0).contains("Client 1 · C-1") && texts.get(0).contains("Page 1 of 1"));
        assertTrue(texts.get(1).contains("Note 2, paragraph 0"));
        assertTrue(texts.get(2).contains(SampleNotes.GEORGIAN));
    }

    @Test
    void noNotesMeansNoArchive() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(IllegalArgumentException.class, () -> zip.write(List.of(), out));
        assertEquals(0, out.size());
    }
}
