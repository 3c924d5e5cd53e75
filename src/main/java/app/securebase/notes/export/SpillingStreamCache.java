package app.securebase.notes.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.apache.pdfbox.io.RandomAccess;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.apache.pdfbox.io.RandomAccessStreamCache;

/**
 * Where PDFBox keeps the bytes of a document's streams while it is being built: one temporary file per document, to
 * which every stream is appended as soon as it is complete, so the heap holds only where each stream lies.
 *
 * <p>PDFBox's own temp-file cache keeps a 4 KB page in memory for every stream still open, and every page's content
 * stream stays open until the document is saved: a thousand-note PDF held some 20 MB that way. Here a stream is
 * written to memory only until PDFBox asks for its length, which it does when the stream is closed; from then on it
 * lives in the file. Streams are only ever appended to, which is all a document being written needs.
 *
 * <p>Not thread-safe, like the {@code PDDocument} it serves. The file is readable by its owner only and deleted when
 * the document is closed.
 */
final class SpillingStreamCache implements RandomAccessStreamCache {

    private static final int SPILL_AT = 16 * 1024;
    private static final int WINDOW = 8 * 1024;

    private final Path file;
    private final FileChannel channel;
    private long end;
    private final ByteBuffer window = ByteBuffer.allocate(WINDOW);
    private long windowStart = -1;

    private SpillingStreamCache() throws IOException {
        file = Files.createTempFile("securebase-pdf-", ".tmp", ExportFiles.ownerOnly());
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
    }

    /** For {@code new PDDocument(SpillingStreamCache::create)}. */
    static RandomAccessStreamCache create() throws IOException {
        return new SpillingStreamCache();
    }

    @Override
    public RandomAccess createBuffer() {
        return new Buffer();
    }

    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private long append(byte[] bytes, int length) throws IOException {
        long at = end;
        ByteBuffer source = ByteBuffer.wrap(bytes, 0, length);
        while (source.hasRemaining()) {
            channel.write(source, end + (length - source.remaining()));
        }
        end += length;
        return at;
    }

    /** Reads one byte of the file through a small shared window, so byte-by-byte parsing does not cost a syscall. */
    private int readAt(long position) throws IOException {
        if (windowStart < 0 || position < windowStart || position >= windowStart + window.limit()) {
            window.clear();
            int read = channel.read(window, position);
            window.flip();
            windowStart = read <= 0 ? -1 : position;
            if (read <= 0) {
                return -1;
            }
        }
        return window.get((int) (position - windowStart)) & 0xFF;
    }

    private int readAt(long position, byte[] target, int offset, int length) throws IOException {
        if (windowStart >= 0 && position >= windowStart && position + length <= windowStart + window.limit()) {
            window.get((int) (position - windowStart), target, offset, length);
            return length;
        }
        ByteBuffer into = ByteBuffer.wrap(target, offset, length);
        while (into.hasRemaining()) {
            if (channel.read(into, position + (length - into.remaining())) < 0) {
                break;
            }
        }
        return length - into.remaining();
    }

    /** One stream: its parts in the file, plus what was written since it last spilled. */
    private final class Buffer implements RandomAccess {

        private long[] starts = new long[0];
        private int[] lengths = new int[0];
        private long spilled;
        private ByteArrayOutputStream tail;
        private long position;
        private boolean closed;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b) throws IOException {
            write(b, 0, b.length);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            open();
            if (position != size()) {
                throw new IOException("PDF stream buffers are append-only");
            }
            if (tail == null) {
                tail = new ByteArrayOutputStream(Math.min(Math.max(len, 256), SPILL_AT));
            }
            tail.write(b, off, len);
            position += len;
            if (tail.size() >= SPILL_AT) {
                spill();
            }
        }

        @Override
        public void clear() throws IOException {
            open();
            starts = new long[0];
            lengths = new int[0];
            spilled = 0;
            tail = null;
            position = 0;
        }

        /** PDFBox asks for the length when a stream is closed: the moment it moves to the file. */
        @Override
        public long length() throws IOException {
            spill();
            return spilled;
        }

        private long size() {
            return spilled + (tail == null ? 0 : tail.size());
        }

        private void spill() throws IOException {
            if (tail == null || tail.size() == 0) {
                return;
            }
            byte[] bytes = tail.toByteArray();
            long at = append(bytes, bytes.length);
            starts = Arrays.copyOf(starts, starts.length + 1);
            lengths = Arrays.copyOf(lengths, lengths.length + 1);
            starts[starts.length - 1] = at;
            lengths[lengths.length - 1] = bytes.length;
            spilled += bytes.length;
            tail = null;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == 1 ? one[0] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            open();
            spill();
            if (len == 0) {
                return 0;
            }
            if (position >= spilled) {
                return -1;
            }
            int total = 0;
            long segmentStart = 0;
            for (int i = 0; i < starts.length && total < len; i++) {
                long segmentEnd = segmentStart + lengths[i];
                if (position < segmentEnd) {
                    int inSegment = (int) (position - segmentStart);
                    int count = (int) Math.min(len - total, lengths[i] - inSegment);
                    int read = count == 1 ? single(starts[i] + inSegment, b, off + total)
                            : readAt(starts[i] + inSegment, b, off + total, count);
                    if (read <= 0) {
                        break;
                    }
                    total += read;
                    position += read;
                }
                segmentStart = segmentEnd;
            }
            return total == 0 ? -1 : total;
        }

        private int single(long at, byte[] b, int off) throws IOException {
            int value = readAt(at);
            if (value < 0) {
                return -1;
            }
            b[off] = (byte) value;
            return 1;
        }

        @Override
        public long getPosition() {
            return position;
        }

        @Override
        public void seek(long newPosition) throws IOException {
            open();
            if (newPosition < 0) {
                throw new IOException("Negative position " + newPosition);
            }
            position = Math.min(newPosition, length());
        }

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public boolean isEOF() throws IOException {
            return position >= length();
        }

        @Override
        public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
            spill();
            return new RandomAccessReadView(this, startPosition, streamLength);
        }

        @Override
        public void close() {
            closed = true;
            tail = null;
            starts = new long[0];
            lengths = new int[0];
        }

        private void open() throws IOException {
            if (closed) {
                throw new IOException("Buffer already closed");
            }
        }
    }
}
