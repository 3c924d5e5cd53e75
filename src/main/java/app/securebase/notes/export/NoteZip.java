package app.securebase.notes.export;

import app.securebase.notes.NoteDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Many notes as a ZIP of one PDF each, written entry by entry as the notes arrive: only the note being drawn is in
 * memory. Entry names sort in the order given and never collide ({@code 0001_2026-03-02_C-1042.pdf}); they hold only
 * ASCII letters, digits, dot, dash and underscore, whatever the client identifier contains.
 */
public final class NoteZip {

    private final NotePdf pdf;

    public NoteZip(NotePdf pdf) {
        this.pdf = pdf;
    }

    /**
     * Writes the notes as a ZIP; {@code out} is left open.
     *
     * @return the number of notes written
     * @throws IllegalArgumentException if {@code notes} is empty: an export never produces an empty archive
     */
    public int write(Iterable<NoteDocument> notes, OutputStream out) throws IOException {
        Iterator<NoteDocument> iterator = notes.iterator();
        if (!iterator.hasNext()) {
            throw new IllegalArgumentException("No notes to export");
        }
        ZipOutputStream zip = new ZipOutputStream(new NotePdf.KeepOpen(out), StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED); // PDF streams are compressed already
        int count = 0;
        while (iterator.hasNext()) {
            NoteDocument note = iterator.next();
            count++;
            zip.putNextEntry(new ZipEntry(entryName(count, note)));
            pdf.write(note, zip);
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
        return count;
    }

    static String entryName(int number, NoteDocument note) {
        String identifier = note.clientIdentifier() == null ? "client" : note.clientIdentifier();
        String safe = identifier.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        return String.format(Locale.ROOT, "%04d_%s_%s.pdf", number, note.sessionDate(),
                safe.isEmpty() ? "client" : safe);
    }
}
