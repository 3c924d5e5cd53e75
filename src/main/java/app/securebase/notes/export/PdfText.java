package app.securebase.notes.export;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * What a PDF needs done to right-to-left text before it can be drawn glyph after glyph, since PDFBox draws a string
 * exactly in the order given and with one glyph per character: Arabic letters take their joined forms (initial,
 * medial, final) and lines are put into visual order with mirrored brackets, following the Unicode bidi algorithm.
 *
 * <p>Shaping works on a whole paragraph in logical order, so the widths measured for line breaking are those of the
 * glyphs drawn; reordering works on each line once it is broken, as a line's visual order depends on where it ends.
 * Text without right-to-left characters, the common case, passes through untouched.
 */
final class PdfText {

    private static final int REORDER = Bidi.DO_MIRRORING | Bidi.KEEP_BASE_COMBINING | Bidi.REMOVE_BIDI_CONTROLS;

    private PdfText() {
    }

    /** Whether a paragraph reads right to left: its first strong character (letter) is Hebrew, Arabic or the like. */
    static boolean rightToLeft(String paragraph) {
        return paragraph != null && Bidi.getBaseDirection(paragraph) == Bidi.RTL;
    }

    /** Arabic letters replaced by their presentation forms as they join their neighbours; other text as it is. */
    static String shape(String logical) {
        if (!hasArabic(logical)) {
            return logical;
        }
        try {
            return new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
                    | ArabicShaping.LENGTH_GROW_SHRINK).shape(logical);
        } catch (ArabicShapingException unshapeable) {
            return logical;
        }
    }

    /**
     * One broken line in the order its characters are drawn from left to right; {@code rightToLeft} is the direction
     * of the paragraph the line belongs to. Bidi control characters are consumed here.
     */
    static String visual(String line, boolean rightToLeft) {
        if (!rightToLeft && !needsBidi(line)) {
            return line;
        }
        Bidi bidi = new Bidi(line, rightToLeft ? Bidi.RTL : Bidi.LTR);
        return bidi.writeReordered(REORDER);
    }

    /** The invisible bidi formatting characters, which steer reordering and are never drawn. */
    static boolean isBidiControl(int codePoint) {
        return codePoint == 0x061C || codePoint == 0x200E || codePoint == 0x200F
                || (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }

    private static boolean needsBidi(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= 0x0590 || isBidiControl(c)) {
                return Bidi.requiresBidi(line.toCharArray(), 0, line.length())
                        || line.codePoints().anyMatch(PdfText::isBidiControl);
            }
        }
        return false;
    }

    private static boolean hasArabic(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08FF)) {
                return true;
            }
        }
        return false;
    }
}
