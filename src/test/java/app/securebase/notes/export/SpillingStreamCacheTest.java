package app.securebase.notes.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.apache.pdfbox.io.RandomAccess;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.junit.jupiter.api.Test;

class SpillingStreamCacheTest {

    @Test
    void streamsWrittenSideBySideReadBackIntactAfterTheySpill() throws IOException {
        try (RandomAccessStreamCache cache = SpillingStreamCache.create()) {
            byte[] big = new byte[100_000];
            new Random(7).nextBytes(big);
            RandomAccess first = cache.createBuffer();
            RandomAccess second = cache.createBuffer();
            for (int i = 0; i < big.length; i += 1000) {
                first.write(big, i, 1000); // interleaved, as PDFBox writes pages
                second.write(("line " + i + "\n").getBytes(StandardCharsets.US_ASCII));
            }
            assertEquals(big.length, first.length());
            first.seek(0);
            byte[] back = new byte[big.length];
            int read = 0;
            while (read < back.length) {
                read += first.read(back, read, Math.min(777, back.length - read));
            }
            assertArrayEquals(big, back);
            assertEquals(-1, first.read());

            second.seek(5);
            assertEquals('0', second.read());
            RandomAccessReadView view = second.createView(7, 11);
            byte[] line = new byte[11];
            assertEquals(11, view.read(line, 0, 11));
            assertEquals("line 1000\nl", new String(line, StandardCharsets.US_ASCII));

            first.seek(10);
            assertThrows(IOException.class, () -> first.write(1), "streams are append-only");
            first.clear();
            first.write("new".getBytes(StandardCharsets.US_ASCII));
            assertEquals(3, first.length());
            first.close();
            assertThrows(IOException.class, () -> first.write(1));
        }
    }
}
