package app.securebase.notes.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans, regular and bold, embedded as subsets: it covers Latin with accents, Greek, Cyrillic, Armenian and
 * Georgian, so a client's name prints as written, not as the viewer's fallback guesses.
 *
 * <p>Parsing the font files costs more than drawing a note, so parsed fonts are kept in a small pool and lent to one
 * document at a time (FontBox fonts are not safe to share between threads): {@link #release()} gives them back once
 * the document is saved or abandoned.
 *
 * <p>A character the font has no glyph for is printed as {@code ?} rather than failing the whole export.
 */
final class PdfFonts {

    private static final String FOLDER = "/app/securebase/notes/fonts/";
    private static final byte[] REGULAR = read("DejaVuSans.ttf");
    private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");

    private static final int POOLED = 4;
    private static final Queue<Parsed> POOL = new ConcurrentLinkedQueue<>();

    final PDFont regular;
    final PDFont bold;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private Parsed parsed;

    PdfFonts(PDDocument document) throws IOException {
        Parsed lent = POOL.poll();
        parsed = lent == null ? new Parsed(parse(REGULAR), parse(BOLD)) : lent;
        regular = PDType0Font.load(document, parsed.regular(), true);
        bold = PDType0Font.load(document, parsed.bold(), true);
    }

    /** Returns the parsed fonts to the pool; the document must not be saved after this. */
    void release() throws IOException {
        if (parsed == null) {
            return;
        }
        Parsed returned = parsed;
        parsed = null;
        if (POOL.size() < POOLED) {
            POOL.offer(returned);
        } else {
            returned.regular().close();
            returned.bold().close();
        }
    }

    private static TrueTypeFont parse(byte[] file) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(file));
    }

    private record Parsed(TrueTypeFont regular, TrueTypeFont bold) {
    }

    /**
     * The text as it can be drawn: tabs become spaces, other control characters and characters neither font can
     * show become {@code ?}; line breaks are the caller's business and must already be split off.
     */
    String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append("    ");
            } else if (Character.isISOControl(cp) || !canShow(cp)) {
                out.append('?');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private boolean canShow(int codePoint) {
        return printable.computeIfAbsent(codePoint, cp -> {
            String s = new String(Character.toChars(cp));
            try {
                regular.encode(s);
                bold.encode(s);
                return true;
            } catch (IllegalArgumentException | IOException noGlyph) {
                return false;
            }
        });
    }

    private static byte[] read(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Font " + name + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
