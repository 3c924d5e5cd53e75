package app.securebase.notes.export.web;

import app.securebase.notes.export.ExportFormat;
import app.securebase.notes.export.ExportProgress;
import app.securebase.notes.export.NoteSelection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One export running in the background into a temporary file: how far it got, whether it finished, and the file
 * until it is downloaded, cancelled or expires. Shared between the request threads that poll it and the worker
 * thread that writes it, hence the volatile and atomic fields.
 */
public final class ExportJob implements ExportProgress {

    private static final Logger LOG = Logger.getLogger(ExportJob.class.getName());

    /** Where a job is; only {@link #READY} has a file to download. */
    public enum State { RUNNING, READY, CANCELLED, FAILED, EXPIRED }

    private final String token = UUID.randomUUID().toString();
    private final NoteSelection selection;
    private final ExportFormat format;
    private final Path file;
    private final AtomicInteger done = new AtomicInteger();
    private volatile State state = State.RUNNING;
    private volatile boolean cancelRequested;
    private volatile Future<?> future;

    ExportJob(NoteSelection selection, ExportFormat format, Path file) {
        this.selection = selection;
        this.format = format;
        this.file = file;
    }

    /** Runs the export on the worker thread; whatever happens, only a complete file is left behind. */
    void run(Writing writing) {
        try {
            writing.writeTo(file, this);
            done.set(selection.size());
            finish(State.READY);
        } catch (CancellationException cancelled) {
            finish(State.CANCELLED);
        } catch (IOException | RuntimeException failed) {
            LOG.log(Level.WARNING, "Note export failed", failed);
            finish(State.FAILED);
        }
    }

    /** What the worker does: write the selection into the file, reporting to the job. */
    @FunctionalInterface
    interface Writing {
        void writeTo(Path file, ExportJob job) throws IOException;
    }

    private synchronized void finish(State end) {
        if (state != State.RUNNING) {
            delete(); // cancelled or expired while it ran
            return;
        }
        if (end != State.READY || cancelRequested) {
            delete();
            state = cancelRequested ? State.CANCELLED : end;
            return;
        }
        state = State.READY;
    }

    /** Stops the export (before its next note) and deletes its file. */
    synchronized void cancel() {
        cancelRequested = true;
        if (state == State.RUNNING || state == State.READY) {
            state = State.CANCELLED;
            delete();
        }
        if (future != null) {
            future.cancel(false);
        }
    }

    /** The file is gone (downloaded or expired); nothing can be downloaded any more. */
    synchronized void expire() {
        if (state == State.RUNNING) {
            cancelRequested = true;
        }
        if (state != State.CANCELLED && state != State.FAILED) {
            state = State.EXPIRED;
        }
        delete();
    }

    private void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete export file " + file, e);
        }
    }

    void future(Future<?> value) {
        this.future = value;
    }

    @Override
    public void noteDone(int count) {
        done.set(count);
    }

    @Override
    public boolean cancelled() {
        return cancelRequested;
    }

    public String getToken() {
        return token;
    }

    public State getState() {
        return state;
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }

    public boolean isReady() {
        return state == State.READY;
    }

    public int getDone() {
        return done.get();
    }

    public int getTotal() {
        return selection.size();
    }

    public int getPercent() {
        return (int) Math.min(100, Math.round(100.0 * done.get() / Math.max(1, selection.size())));
    }

    public ExportFormat getFormat() {
        return format;
    }

    public NoteSelection getSelection() {
        return selection;
    }

    Path file() {
        return file;
    }

    String fileName() {
        return selection.fileStem() + "." + format.extension();
    }
}
