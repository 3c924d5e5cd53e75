package app.securebase.notes.export.web;

import app.securebase.notes.export.ExportFiles;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes export files nobody fetched: at start-up (a restart loses the sessions that owned them) and every five
 * minutes, any file in the export folder untouched for {@value NoteExportJobs#KEEP_MINUTES} minutes. A running
 * export keeps writing to its file, so only finished ones age. The sessions delete their own files on time; this is
 * the net under a crash.
 */
@Singleton
@Startup
public class ExportFileSweeper {

    private static final Logger LOG = Logger.getLogger(ExportFileSweeper.class.getName());

    @PostConstruct
    void atStart() {
        sweep();
    }

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void sweep() {
        Path folder = ExportFiles.folder();
        if (!Files.isDirectory(folder)) {
            return;
        }
        Instant cutoff = Instant.now().minus(Duration.ofMinutes(NoteExportJobs.KEEP_MINUTES));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not sweep old export files in " + folder, e);
        }
    }
}
