package app.securebase.notes.export.web;

import app.securebase.notes.export.ExportFiles;
import app.securebase.notes.export.ExportFormat;
import app.securebase.notes.export.NoteExportService;
import app.securebase.notes.export.NoteExportWriter;
import app.securebase.notes.export.NoteSelection;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The background export of this browser session: at most one at a time, run by the container's managed executor
 * (which carries the clinician's identity, so every note is still loaded as them), and its file, which only this
 * session can download. The file is deleted once downloaded, when cancelled, {@value #KEEP_MINUTES} minutes after the
 * export finished, or when the session ends, whichever comes first.
 */
@SessionScoped
public class NoteExportJobs implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long KEEP_MINUTES = 15;

    @Resource
    transient ManagedExecutorService executor;

    @Resource
    transient ManagedScheduledExecutorService scheduler;

    @Inject
    NoteExportService exports;

    private transient ExportJob job;

    /** Starts exporting {@code selection}; a job still running is cancelled first. The export is audited here. */
    public ExportJob start(NoteSelection selection, ExportFormat format, ZoneId zone) throws IOException {
        discard();
        Path file = ExportFiles.newExportFile(format.extension());
        ExportJob started = new ExportJob(selection, format, file);
        exports.recordExport(selection, format.extension());
        NoteExportWriter writer = new NoteExportWriter(zone);
        NoteExportService service = exports;
        job = started;
        started.future(executor.submit(() -> {
            started.run((target, progress) -> {
                try (OutputStream out = Files.newOutputStream(target)) {
                    writer.write(selection, format, service.documents(selection, progress), Instant.now(), out);
                }
            });
            scheduler.schedule(started::expire, KEEP_MINUTES, TimeUnit.MINUTES);
        }));
        return started;
    }

    public Optional<ExportJob> current() {
        return Optional.ofNullable(job);
    }

    /** Stops the current export and deletes its file. */
    public void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    /** The finished export with this token, if it is this session's and still there. */
    Optional<ExportJob> ready(String token) {
        return Optional.ofNullable(job).filter(j -> j.getToken().equals(token)).filter(ExportJob::isReady);
    }

    /** Forgets the current export and deletes its file. */
    @PreDestroy
    public void discard() {
        if (job != null) {
            job.cancel();
            job.expire();
            job = null;
        }
    }
}
