package app.securebase.notes.export.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.notes.export.ExportFiles;
import app.securebase.notes.export.ExportFormat;
import app.securebase.notes.export.NoteSelection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ExportJobTest {

    private static final NoteSelection THREE = new NoteSelection(42L, LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 3, 31), List.of(1L, 2L, 3L));

    @Test
    void aFinishedExportCountsEveryNoteAndKeepsItsFileForItsOwnerOnly() throws IOException {
        Path file = ExportFiles.newExportFile("pdf");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        ExportJob job = new ExportJob(THREE, ExportFormat.PDF, file);
        job.run((target, progress) -> {
            progress.noteDone(1);
            progress.noteDone(2);
            Files.writeString(target, "%PDF-");
        });
        assertTrue(job.isReady());
        assertEquals(3, job.getDone());
        assertEquals(100, job.getPercent());
        assertEquals("notes_C-42_2026-01-01_2026-03-31.pdf", job.fileName());
        job.expire();
        assertFalse(Files.exists(file), "gone once downloaded or expired");
        assertEquals(ExportJob.State.EXPIRED, job.getState());
    }

    @Test
    void cancellingStopsBeforeTheNextNoteAndDeletesTheFile() throws Exception {
        Path file = ExportFiles.newExportFile("zip");
        ExportJob job = new ExportJob(THREE, ExportFormat.ZIP, file);
        CountDownLatch firstNote = new CountDownLatch(1);
        Thread worker = new Thread(() -> job.run((target, progress) -> {
            Files.writeString(target, "half a file");
            progress.noteDone(1);
            firstNote.countDown();
            while (true) {
                if (progress.cancelled()) {
                    throw new CancellationException();
                }
                Thread.onSpinWait();
            }
        }));
        worker.start();
        assertTrue(firstNote.await(10, TimeUnit.SECONDS));
        assertTrue(job.isRunning());
        assertEquals(33, job.getPercent());
        job.cancel();
        worker.join(10_000);
        assertEquals(ExportJob.State.CANCELLED, job.getState());
        assertFalse(Files.exists(file));
    }

    @Test
    void aFailedExportLeavesNothingBehind() throws IOException {
        Path file = ExportFiles.newExportFile("zip");
        ExportJob job = new ExportJob(THREE, ExportFormat.ZIP, file);
        job.run((target, progress) -> {
            Files.writeString(target, "broken");
            throw new IOException("disk full");
        });
        assertEquals(ExportJob.State.FAILED, job.getState());
        assertFalse(Files.exists(file));
    }
}
