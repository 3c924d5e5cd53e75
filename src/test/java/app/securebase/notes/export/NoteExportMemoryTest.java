package app.securebase.notes.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;

/**
 * A thousand-note export must not hold a thousand notes: the heap in use after a full collection is sampled every 100
 * notes while the export runs. No timing is asserted.
 *
 * <p>The ZIP writes each note and forgets it, so its heap stays flat. The combined PDF keeps PDFBox's page tree until
 * the end (a few KB per note; the text itself waits in a temporary file), so what is bounded there is the growth
 * after the first 100 notes (fonts and caches are loaded by then), far below the notes and pages it has written.
 */
class NoteExportMemoryTest {

    private static final int NOTES = 1_000;
    private static final int PARAGRAPHS = 6;
    /** Notes between two samples: each sample is a full collection, the slow part of this test. */
    private static final int EVERY = 100;
    private static final long MB = 1024 * 1024;
    /** Heap growth allowed during the ZIP export: GC noise only. */
    private static final long ZIP_GROWTH = 4 * MB;
    /** Growth allowed during the combined PDF over the first sample (100 notes): PDFBox's page tree, ~3 KB a note. */
    private static final long PDF_GROWTH_AFTER_FIRST_NOTES = 8 * MB;
    /** Growth allowed during the combined PDF in all: the above plus the fonts and PDFBox's caches. */
    private static final long PDF_GROWTH = 24 * MB;

    private final NotePdf pdf = new NotePdf(ExportTexts.english(ZoneOffset.UTC));

    @Test
    void aThousandNotesIntoAZipKeepTheHeapFlat() throws IOException {
        HeapSampler heap = new HeapSampler();
        Counting out = new Counting();
        int written = new NoteZip(pdf).write(SampleNotes.many(NOTES, PARAGRAPHS, heap), out);
        heap.sample();
        assertEquals(NOTES, written);
        report("ZIP", heap, out);
        assertTrue(out.bytes > 2 * ZIP_GROWTH, "the export itself is far bigger than the allowed growth");
        assertTrue(heap.growth() < ZIP_GROWTH, () -> "heap grew by " + heap.growth() / 1024 + " KB");
    }

    @Test
    void aThousandNotesIntoOnePdfKeepTheHeapFlat() throws IOException {
        HeapSampler heap = new HeapSampler();
        Counting out = new Counting();
        int written = pdf.writeCombined(n -> "Everyone", SampleNotes.GENERATED,
                SampleNotes.many(NOTES, PARAGRAPHS, heap), out);
        heap.sample();
        assertEquals(NOTES, written);
        report("PDF", heap, out);
        long afterFirstNotes = heap.max - heap.samples.get(0) * 1024;
        assertTrue(afterFirstNotes < PDF_GROWTH_AFTER_FIRST_NOTES,
                () -> "heap grew by " + afterFirstNotes / 1024 + " KB after the first 100 notes");
        assertTrue(heap.growth() < PDF_GROWTH, () -> "heap grew by " + heap.growth() / 1024 + " KB");
    }

    private static void report(String what, HeapSampler heap, Counting out) {
        System.out.printf("%s of %d notes: %d KB written; heap after GC %d KB before, max %d KB during "
                + "(growth %d KB, %d KB after the first 100 notes); samples (KB): %s%n", what, NOTES, out.bytes / 1024,
                heap.baseline / 1024, heap.max / 1024, heap.growth() / 1024, heap.max / 1024 - heap.samples.get(0),
                heap.samples);
    }

    /** Samples the heap in use after a full collection every {@link #EVERY} notes. */
    private static final class HeapSampler implements IntConsumer {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final List<Long> samples = new ArrayList<>();
        private final long baseline;
        private long max;

        HeapSampler() {
            baseline = used();
            max = baseline;
        }

        @Override
        public void accept(int note) {
            if (note % EVERY == 0) {
                sample();
            }
        }

        void sample() {
            long used = used();
            samples.add(used / 1024);
            max = Math.max(max, used);
        }

        long growth() {
            return max - baseline;
        }

        private long used() {
            memory.gc();
            memory.gc();
            return memory.getHeapMemoryUsage().getUsed();
        }
    }

    private static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
