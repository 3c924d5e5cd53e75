package app.securebase.notes.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of a note PDF, embedded as subsets: DejaVu Sans, regular and bold, for Latin with accents, Greek,
 * Cyrillic, Armenian, Georgian, Hebrew and Arabic (with the presentation forms shaping produces), and Droid Sans
 * Fallback for what DejaVu has no glyph for, Chinese, Japanese and Korean above all. A client's name prints as
 * written, not as the viewer's fallback guesses.
 *
 * <p>Text is drawn in runs, each in the first font with glyphs for it: the requested DejaVu weight, then regular
 * DejaVu (for a bold heading), then the fallback, which has one weight only. The fallback file is 3.4 MB, so it is
 * read only once some text needs it, and put into a document only when that document needs it: an all-Latin export
 * never parses it. A character no font has is drawn as U+FFFD (the replacement character) rather than failing the
 * whole export; invisible formatting characters no font has are left out.
 *
 * <p>Parsing a font costs more than drawing a note, so parsed fonts are kept in small pools and lent to one document
 * at a time (FontBox fonts are not safe to share between threads): {@link #release()} gives them back once the
 * document is saved or abandoned. Which characters each font covers is worked out once and shared.
 */
final class PdfFonts {

    static final int REPLACEMENT = 0xFFFD;

    private static final String FOLDER = "/app/securebase/notes/fonts/";
    private static final int POOLED = 4;
    private static final Face REGULAR = new Face("DejaVuSans.ttf");
    private static final Face BOLD = new Face("DejaVuSans-Bold.ttf");

    /** Loaded by the JVM on first use only, so a process that never prints CJK never reads the file. */
    private static final class Fallback {
        static final Face FACE = new Face("DroidSansFallback.ttf");
    }

    final PDFont regular;
    final PDFont bold;
    private final PDDocument document;
    private TrueTypeFont regularFile;
    private TrueTypeFont boldFile;
    private TrueTypeFont fallbackFile;
    private PDFont fallback;

    PdfFonts(PDDocument document) throws IOException {
        this.document = document;
        regularFile = REGULAR.borrow();
        boldFile = BOLD.borrow();
        regular = PDType0Font.load(document, regularFile, true);
        bold = PDType0Font.load(document, boldFile, true);
    }

    /** Whether this document has needed the fallback font so far. */
    boolean usesFallback() {
        return fallback != null;
    }

    /** Returns the parsed fonts to the pools; the document must not be saved after this. */
    void release() throws IOException {
        regularFile = REGULAR.giveBack(regularFile);
        boldFile = BOLD.giveBack(boldFile);
        if (fallbackFile != null) {
            fallbackFile = Fallback.FACE.giveBack(fallbackFile);
        }
    }

    /**
     * The text as it can be laid out: tabs become spaces, other control characters U+FFFD, and Arabic letters take
     * their joined forms. Line breaks are the caller's business and must already be split off; the result is still
     * in logical order.
     */
    String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append("    ");
            } else if (Character.isISOControl(cp)) {
                out.appendCodePoint(REPLACEMENT);
            } else {
                out.appendCodePoint(cp);
            }
        });
        return PdfText.shape(out.toString());
    }

    /** A stretch of text drawn in one font. */
    record Run(String text, PDFont font) {
    }

    /** {@code text} cut into runs by the font that has its glyphs, {@code font} first; bidi controls are dropped. */
    List<Run> runs(String text, PDFont font) throws IOException {
        Face primary = face(font);
        if (primary.hasAll(text)) {
            return text.isEmpty() ? List.of() : List.of(new Run(text, font));
        }
        List<Run> runs = new ArrayList<>(3);
        StringBuilder current = new StringBuilder();
        PDFont currentFont = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (PdfText.isBidiControl(cp)) {
                continue;
            }
            PDFont chosen = fontFor(cp, font, primary);
            if (chosen == null) {
                if (Character.getType(cp) == Character.FORMAT) {
                    continue;
                }
                cp = REPLACEMENT;
                chosen = fontFor(cp, font, primary);
            }
            if (chosen != currentFont && current.length() > 0) {
                runs.add(new Run(current.toString(), currentFont));
                current.setLength(0);
            }
            currentFont = chosen;
            current.appendCodePoint(cp);
        }
        if (current.length() > 0) {
            runs.add(new Run(current.toString(), currentFont));
        }
        return runs;
    }

    /** Width in points of {@code text} drawn at {@code size}, each character measured in the font that draws it. */
    float width(String text, PDFont font, float size) throws IOException {
        float units = 0f;
        for (Run run : runs(text, font)) {
            units += run.font().getStringWidth(run.text());
        }
        return units / 1000f * size;
    }

    private PDFont fontFor(int codePoint, PDFont font, Face primary) throws IOException {
        if (primary.has(codePoint)) {
            return font;
        }
        if (font != regular && REGULAR.has(codePoint)) {
            return regular;
        }
        if (Fallback.FACE.has(codePoint)) {
            return fallback();
        }
        return null;
    }

    private PDFont fallback() throws IOException {
        if (fallback == null) {
            fallbackFile = Fallback.FACE.borrow();
            fallback = PDType0Font.load(document, fallbackFile, true);
        }
        return fallback;
    }

    private Face face(PDFont font) {
        return font == bold ? BOLD : REGULAR;
    }

    /** One font file: its bytes, the characters it has glyphs for, and parsed copies waiting to be lent. */
    private static final class Face {

        private final byte[] file;
        private final BitSet coverage = new BitSet();
        private final Queue<TrueTypeFont> pool = new ConcurrentLinkedQueue<>();

        Face(String name) {
            file = read(name);
            try {
                TrueTypeFont parsed = parse();
                CmapLookup cmap = parsed.getUnicodeCmapLookup();
                for (int glyph = 1; glyph < parsed.getNumberOfGlyphs(); glyph++) {
                    List<Integer> codes = cmap.getCharCodes(glyph);
                    if (codes != null) {
                        codes.forEach(coverage::set);
                    }
                }
                pool.offer(parsed);
            } catch (IOException e) {
                throw new UncheckedIOException("Font " + name + " cannot be read", e);
            }
        }

        boolean has(int codePoint) {
            return coverage.get(codePoint);
        }

        boolean hasAll(String text) {
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                if (!coverage.get(cp) || PdfText.isBidiControl(cp)) {
                    return false;
                }
                i += Character.charCount(cp);
            }
            return true;
        }

        TrueTypeFont borrow() throws IOException {
            TrueTypeFont lent = pool.poll();
            return lent == null ? parse() : lent;
        }

        /** Takes a font back (or closes it when the pool is full); returns null for the caller's field. */
        TrueTypeFont giveBack(TrueTypeFont parsed) throws IOException {
            if (parsed != null) {
                if (pool.size() < POOLED) {
                    pool.offer(parsed);
                } else {
                    parsed.close();
                }
            }
            return null;
        }

        private TrueTypeFont parse() throws IOException {
            return new TTFParser().parse(new RandomAccessReadBuffer(file));
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
}
