package app.securebase.notes.export;

import app.securebase.notes.NoteDocument;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Iterator;
import java.util.List;
import java.util.TimeZone;
import java.util.function.Function;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Session notes as PDFs a clinic can file: one note, or many notes in one document behind a contents page.
 *
 * <p>Every page carries who the note is about, when the file was made and "Page x of y". A single note is built in
 * memory (it is small). A combined document keeps its streams in a temporary file ({@link SpillingStreamCache}) and
 * reads each note from the {@link Iterable} only when it draws it, so a thousand-note document needs the memory of
 * one note plus PDFBox's bookkeeping of about 3 KB per note (page dictionaries and where each stream lies), which
 * PDFBox keeps until it writes the cross-reference table at the end.
 */
public final class NotePdf {

    private static final float TITLE = 16f;
    private static final float SUBTITLE = 11f;
    private static final float HEADING = 12f;
    private static final float BODY = 10f;
    private static final float SMALL = 8.5f;

    private final ExportTexts texts;

    public NotePdf(ExportTexts texts) {
        this.texts = texts;
    }

    /** Writes one note as a PDF; {@code out} is left open. */
    public void write(NoteDocument note, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument(IOUtils.createMemoryOnlyStreamCache());
                PdfLayout layout = new PdfLayout(document)) {
            layout.footerLabel(footerLabel(note));
            layout.newPage();
            draw(layout, note);
            layout.finish(texts.get("generated", texts.instant(note.generatedAt())), this::pageText);
            describe(document, texts.get("sessionNote") + " · " + note.clientName() + " · "
                    + texts.date(note.sessionDate()), note.generatedAt());
            document.save(new KeepOpen(out));
        }
    }

    /**
     * Writes {@code notes} into one PDF: a contents page listing each note with the page it starts on, then the notes,
     * each from a new page. {@code out} is left open.
     *
     * @param title first line of the contents page (e.g. the client's name and the period), made from the first note
     * @param notes read once, in order; may load each note lazily
     * @return the number of notes written
     * @throws IllegalArgumentException if {@code notes} is empty: an export never produces a file without notes
     */
    public int writeCombined(Function<NoteDocument, String> title, Instant generatedAt, Iterable<NoteDocument> notes,
            OutputStream out) throws IOException {
        Iterator<NoteDocument> iterator = notes.iterator();
        if (!iterator.hasNext()) {
            throw new IllegalArgumentException("No notes to export");
        }
        try (PDDocument document = new PDDocument(SpillingStreamCache::create);
                PdfLayout layout = new PdfLayout(document)) {
            List<ContentsEntry> contents = new ArrayList<>();
            String heading = null;
            while (iterator.hasNext()) {
                NoteDocument note = iterator.next();
                if (heading == null) {
                    heading = title.apply(note);
                }
                layout.footerLabel(footerLabel(note));
                layout.newPage();
                contents.add(new ContentsEntry(entryText(contents.size() + 1, note), layout.pageCount()));
                draw(layout, note);
            }
            int headingLines = layout.wrap(layout.fonts.printable(heading), layout.fonts.bold, TITLE,
                    PdfLayout.WIDTH).size();
            int contentsPages = contentsPages(contents.size(), headingLines);
            PDPage firstNotePage = document.getPage(0);
            layout.insertBefore(firstNotePage);
            layout.footerLabel(heading);
            layout.newPage();
            layout.paragraph(heading, layout.fonts.bold, TITLE, 0f);
            layout.paragraph(texts.get("noteCount", contents.size()), layout.fonts.regular, SUBTITLE, 0f);
            layout.rule();
            layout.paragraph(texts.get("contents"), layout.fonts.bold, HEADING, 0f);
            layout.gap(4f);
            for (ContentsEntry entry : contents) {
                layout.entry(entry.text(), Integer.toString(entry.page() + contentsPages), BODY);
            }
            int drawnContentsPages = document.getPages().indexOf(firstNotePage);
            if (drawnContentsPages != contentsPages) {
                throw new IllegalStateException("Contents took " + drawnContentsPages + " pages, " + contentsPages
                        + " were planned; page numbers would be wrong");
            }
            layout.finish(texts.get("generated", texts.instant(generatedAt)), this::pageText);
            describe(document, heading, generatedAt);
            document.save(new KeepOpen(out));
            return contents.size();
        }
    }

    /**
     * Pages the contents will take, planned before they are drawn because every entry must already know its page
     * number. Mirrors the layout in {@link #writeCombined}: a title block ({@code headingLines} lines of title, the
     * count, a rule, "Contents") on the first page, then one line per note.
     */
    static int contentsPages(int entries, int headingLines) {
        float line = BODY * PdfLayout.LEADING;
        float titleBlock = headingLines * TITLE * PdfLayout.LEADING + SUBTITLE * PdfLayout.LEADING + 10f
                + HEADING * PdfLayout.LEADING + 4f;
        float usable = PdfLayout.TOP - PdfLayout.BOTTOM;
        int first = (int) Math.floor((usable - titleBlock) / line);
        int other = (int) Math.floor(usable / line);
        if (entries <= first) {
            return 1;
        }
        return 1 + (entries - first + other - 1) / other;
    }

    private void draw(PdfLayout layout, NoteDocument note) throws IOException {
        layout.paragraph(note.practiceName(), layout.fonts.bold, TITLE, 0f);
        layout.paragraph(texts.get("sessionNote"), layout.fonts.regular, SUBTITLE, 0f);
        layout.rule();
        layout.field(texts.get("client"), note.clientName(), BODY);
        layout.field(texts.get("clientId"), note.clientIdentifier(), BODY);
        layout.field(texts.get("clinician"), note.clinicianName(), BODY);
        layout.field(texts.get("session"), texts.session(note), BODY);
        layout.field(texts.get("service"), note.serviceLabel(), BODY);
        layout.field(texts.get("format"), note.formatLabel(), BODY);
        layout.rule();

        for (NoteDocument.Section section : note.sections()) {
            layout.heading(section.heading(), HEADING);
            String text = section.text() == null || section.text().isBlank() ? texts.get("emptySection")
                    : section.text();
            layout.paragraph(text, layout.fonts.regular, BODY, 0f);
        }
        if (note.risk() != null && !note.risk().lines().isEmpty()) {
            layout.heading(texts.get("risk"), HEADING);
            for (NoteDocument.Line line : note.risk().lines()) {
                layout.field(line.label(), line.value(), BODY);
            }
        }
        if (note.mentalStatus() != null && !note.mentalStatus().isEmpty()) {
            layout.heading(texts.get("mentalStatus"), HEADING);
            for (NoteDocument.Line line : note.mentalStatus()) {
                layout.field(line.label(), line.value(), BODY);
            }
        }

        layout.heading(texts.get("signature"), HEADING);
        if (note.signature() == null) {
            layout.paragraph(texts.get("unsigned"), layout.fonts.bold, BODY, 0f);
        } else {
            signature(layout, note.signature().signer(), note.signature().signedAt(), note.signature().sha256());
        }

        if (note.addenda() != null && !note.addenda().isEmpty()) {
            layout.heading(texts.get("addenda"), HEADING);
            int number = 0;
            for (NoteDocument.Addendum addendum : note.addenda()) {
                number++;
                layout.gap(4f);
                layout.paragraph(texts.get("addendum", number), layout.fonts.bold, BODY, 0f);
                layout.paragraph(addendum.text(), layout.fonts.regular, BODY, 0f);
                layout.gap(2f);
                signature(layout, addendum.signer(), addendum.signedAt(), addendum.sha256());
            }
        }
    }

    private void signature(PdfLayout layout, String signer, Instant signedAt, String sha256) throws IOException {
        layout.field(texts.get("signedBy"), signer, BODY);
        layout.field(texts.get("signedAt"), texts.instant(signedAt), BODY);
        layout.field(texts.get("contentHash"), sha256, SMALL);
    }

    private String footerLabel(NoteDocument note) {
        return note.clientName() + " · " + note.clientIdentifier() + " · " + texts.date(note.sessionDate());
    }

    private String entryText(int number, NoteDocument note) {
        String time = note.startTime() == null ? "" : ", " + texts.time(note.startTime());
        return number + ".  " + texts.date(note.sessionDate()) + time + " · " + note.clientName() + " ("
                + note.clientIdentifier() + ") · " + note.formatLabel();
    }

    private String pageText(int page, int pages) {
        return texts.get("page", page, pages);
    }

    private static void describe(PDDocument document, String title, Instant generatedAt) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("SecureBase");
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(generatedAt.toEpochMilli());
        info.setCreationDate(created);
    }

    private record ContentsEntry(String text, int page) {
    }

    /** PDFBox closes the stream it saves to; a ZIP entry or a servlet response must stay open. */
    static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
