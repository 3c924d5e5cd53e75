package app.securebase.notes.export;

import app.securebase.notes.NoteDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;

/** Writes a selection of notes in a format: the one place the download servlet and the background job share. */
public final class NoteExportWriter {

    private final ExportTexts texts;
    private final NotePdf pdf;

    public NoteExportWriter(ZoneId zone) {
        this.texts = ExportTexts.english(zone);
        this.pdf = new NotePdf(texts);
    }

    public void writePdf(NoteDocument note, OutputStream out) throws IOException {
        pdf.write(note, out);
    }

    public void writeDocx(NoteDocument note, OutputStream out) throws IOException {
        new NoteDocx(texts).write(note, out);
    }

    /**
     * Writes the selection's notes, as they come from {@code notes}, to {@code out}.
     *
     * @return the number of notes written
     */
    public int write(NoteSelection selection, ExportFormat format, Iterable<NoteDocument> notes, Instant now,
            OutputStream out) throws IOException {
        if (format == ExportFormat.ZIP) {
            return new NoteZip(pdf).write(notes, out);
        }
        return pdf.writeCombined(first -> first.clientName() + " (" + first.clientIdentifier() + ") · "
                + texts.date(selection.from()) + " – " + texts.date(selection.to()), now, notes, out);
    }
}
