package app.securebase.notes.export;

import java.time.LocalDate;
import java.util.List;

/**
 * The notes one export will hold, fixed when it starts: the clinician's own notes of one client ({@code clientId}) or
 * of all their clients ({@code clientId == null}) whose session day lies in [{@code from}, {@code to}].
 */
public record NoteSelection(Long clientId, LocalDate from, LocalDate to, List<Long> noteIds) {

    public NoteSelection {
        noteIds = List.copyOf(noteIds);
    }

    public int size() {
        return noteIds.size();
    }

    /** File name without extension: {@code notes_C-42_2026-01-01_2026-03-31} or {@code notes_2026-01-01_2026-03-31}. */
    public String fileStem() {
        return "notes_" + (clientId == null ? "" : "C-" + clientId + "_") + from + "_" + to;
    }
}
