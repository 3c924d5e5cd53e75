package app.securebase.notes.export;

/** What a running export reports after each note, and how it learns that it should stop. */
public interface ExportProgress {

    ExportProgress NONE = new ExportProgress() {
    };

    /** {@code done} notes of the selection are in the file so far. */
    default void noteDone(int done) {
    }

    /** When true the export stops before the next note with a {@link java.util.concurrent.CancellationException}. */
    default boolean cancelled() {
        return false;
    }
}
