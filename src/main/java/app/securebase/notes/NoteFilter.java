package app.securebase.notes;

import java.io.Serializable;
import java.time.LocalDate;

/** The list's filter: an optional range of session days (inclusive) and an optional search in the notes' text. */
public record NoteFilter(LocalDate from, LocalDate to, String search) implements Serializable {

    public static final NoteFilter NONE = new NoteFilter(null, null, null);

    public boolean hasSearch() {
        return search != null && !search.isBlank();
    }
}
