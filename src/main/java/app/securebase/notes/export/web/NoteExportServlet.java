package app.securebase.notes.export.web;

import app.securebase.notes.NoteDocument;
import app.securebase.notes.export.ExportFormat;
import app.securebase.notes.export.ExportProgress;
import app.securebase.notes.export.ExportRefusedException;
import app.securebase.notes.export.NoteExportService;
import app.securebase.notes.export.NoteExportWriter;
import app.securebase.notes.export.NoteSelection;
import app.securebase.platform.web.LocalTimes;
import app.securebase.practice.NotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Session-note downloads, each an attachment no cache keeps, audited ({@code NOTE_EXPORTED}) with the number of notes:
 * <ul>
 * <li>{@code /clinician/note.pdf?id=} and {@code /clinician/note.docx?id=}: one note;</li>
 * <li>{@code /clinician/notes-export?client=&from=&to=&as=pdf|zip}: one client's notes in a range, as one PDF with a
 * contents page or a ZIP of one PDF per note;</li>
 * <li>{@code /clinician/notes-export?from=&to=&as=zip}: all my notes in a range, as a ZIP.</li>
 * </ul>
 * Only clinicians reach them (web.xml guards {@code /clinician/*}; the services check the role again) and only their
 * own notes are in them: someone else's note or client answers 404 like a missing page. Bad input (a missing or
 * backwards range, a range with no notes) answers 400 with the reason as plain text, before any file is sent. Files
 * are written straight to the response as each note is loaded; a long export is better started from the export page,
 * which shows progress and can be cancelled.
 */
@WebServlet({"/clinician/note.pdf", "/clinician/note.docx", "/clinician/notes-export"})
public class NoteExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(NoteExportServlet.class.getName());

    @Inject
    transient NoteExportService exports;

    @Inject
    transient LocalTimes when;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        try {
            switch (request.getServletPath()) {
                case "/clinician/note.pdf" -> single(request, response, false);
                case "/clinician/note.docx" -> single(request, response, true);
                default -> range(request, response);
            }
        } catch (NotFoundException notMine) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (ExportRefusedException refused) {
            LOG.fine(() -> "Note export refused: " + refused.key());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(text(refused.key()));
        }
    }

    private void single(HttpServletRequest request, HttpServletResponse response, boolean docx) throws IOException {
        long id = id(request.getParameter("id"));
        NoteDocument note = exports.document(id);
        String format = docx ? "docx" : "pdf";
        exports.recordExport(id, format);
        NoteExportWriter writer = new NoteExportWriter(when.zone());
        attachment(response, docx
                ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "application/pdf",
                "note_" + note.clientIdentifier() + "_" + note.sessionDate() + "." + format);
        OutputStream out = response.getOutputStream();
        if (docx) {
            writer.writeDocx(note, out);
        } else {
            writer.writePdf(note, out);
        }
        out.flush();
    }

    private void range(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long client = request.getParameter("client") == null || request.getParameter("client").isBlank() ? null
                : id(request.getParameter("client"));
        ExportFormat format = ExportFormat.of(request.getParameter("as"))
                .orElseThrow(() -> new ExportRefusedException("notes.export.error.format"));
        if (format == ExportFormat.PDF && client == null) {
            throw new ExportRefusedException("notes.export.error.pdfNeedsClient");
        }
        NoteSelection selection = exports.select(client, date(request.getParameter("from")),
                date(request.getParameter("to")));
        exports.recordExport(selection, format.extension());
        attachment(response, format.contentType(), selection.fileStem() + "." + format.extension());
        OutputStream out = response.getOutputStream();
        new NoteExportWriter(when.zone()).write(selection, format, exports.documents(selection, ExportProgress.NONE),
                Instant.now(), out);
        out.flush();
    }

    private static void attachment(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
    }

    private static long id(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            // an id that cannot exist is a record that does not exist
            throw new NotFoundException("session note or client '" + value + "'");
        }
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ExportRefusedException("notes.export.error.date");
        }
    }

    private static String text(String key) {
        return ResourceBundle.getBundle("app.securebase.i18n.messages", Locale.ENGLISH).getString(key);
    }
}
