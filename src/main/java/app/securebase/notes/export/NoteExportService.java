package app.securebase.notes.export;

import app.securebase.audit.AuditAction;
import app.securebase.audit.AuditOutcome;
import app.securebase.audit.AuditService;
import app.securebase.notes.NoteDocument;
import app.securebase.notes.NoteService;
import app.securebase.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;

/**
 * Chooses and loads the notes of an export, for the download servlet and the background export page alike.
 *
 * <p>Every lookup goes through {@link NoteService}, so a clinician only ever exports their own notes of their own
 * clients, and someone else's note or client is "not found". Nothing here runs in a transaction: each note is loaded
 * in a transaction of its own while the file is written, and is garbage once drawn, so a long export holds one note at
 * a time. Bad input is refused before any byte is written, never answered with an empty file.
 */
@Stateless
@RolesAllowed(Role.CLINICIAN_NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoteExportService {

    private static final String NOTE = "NOTE";
    private static final String CLIENT = "CLIENT";

    @EJB
    NoteService notes;

    @Inject
    AuditService audit;

    /**
     * The notes of my client ({@code clientId}), or of all my clients when it is {@code null}, in the date range.
     *
     * @throws ExportRefusedException when a date is missing, the range runs backwards or holds no note
     * @throws app.securebase.practice.NotFoundException when the client is not mine
     */
    public NoteSelection select(Long clientId, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new ExportRefusedException("notes.export.error.range");
        }
        if (from.isAfter(to)) {
            throw new ExportRefusedException("notes.export.error.order");
        }
        List<Long> ids = clientId == null ? notes.myNoteIds(from, to) : notes.noteIds(clientId, from, to);
        if (ids.isEmpty()) {
            throw new ExportRefusedException("notes.export.error.none");
        }
        return new NoteSelection(clientId, from, to, ids);
    }

    /** My note as a document; someone else's note is not found. */
    public NoteDocument document(long noteId) {
        return notes.document(noteId);
    }

    /** Records that one note left the system, and as what. */
    public void recordExport(long noteId, String format) {
        audit.record(AuditAction.NOTE_EXPORTED, AuditOutcome.ALLOWED, NOTE, noteId, format + ", 1 note");
    }

    /** Records that a selection is being exported: format, number of notes and range. */
    public void recordExport(NoteSelection selection, String format) {
        audit.record(AuditAction.NOTE_EXPORTED, AuditOutcome.ALLOWED, selection.clientId() == null ? null : CLIENT,
                selection.clientId(), format + ", " + selection.size() + " notes, " + selection.from() + " to "
                        + selection.to());
    }

    /**
     * The selection's notes, each loaded only when the iterator reaches it; reports progress after each and stops
     * with a {@link CancellationException} once {@code progress} says so.
     */
    public Iterable<NoteDocument> documents(NoteSelection selection, ExportProgress progress) {
        NoteService service = notes;
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < selection.size();
            }

            @Override
            public NoteDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (progress.cancelled()) {
                    throw new CancellationException("Export cancelled after " + next + " notes");
                }
                if (next > 0) {
                    progress.noteDone(next);
                }
                return service.document(selection.noteIds().get(next++));
            }
        };
    }
}
