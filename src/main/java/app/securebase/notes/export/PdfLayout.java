package app.securebase.notes.export;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Flows text down A4 pages: wraps at word boundaries (or inside a word too long for a line, which is also how Chinese
 * and Japanese break), starts a new page when the next block would not fit, and keeps a heading with the first lines
 * after it. Footers ("Page x of y") are stamped only at the end, once the number of pages is known.
 *
 * <p>Lines are broken in logical order and then put into visual order ({@link PdfText}); a paragraph whose first
 * letter is right-to-left (Hebrew, Arabic) is right-aligned. Labels, contents entries and footers are the
 * application's own left-to-right text with values inserted, so they stay left-to-right, with any right-to-left name
 * in them reordered in place.
 *
 * <p>Pages are appended to the document, or, while {@link #insertBefore} is set, inserted in front of a given page
 * (how a contents page ends up first although it can only be written last).
 */
final class PdfLayout implements Closeable {

    static final PDRectangle A4 = PDRectangle.A4;
    static final float MARGIN = 56f;
    static final float LEFT = MARGIN;
    static final float RIGHT = A4.getWidth() - MARGIN;
    static final float WIDTH = RIGHT - LEFT;
    static final float TOP = A4.getHeight() - MARGIN;
    static final float BOTTOM = MARGIN + 10f;
    static final float FOOTER_BASELINE = MARGIN - 24f;
    static final float LABEL_WIDTH = 110f;
    static final float LEADING = 1.35f;

    final PDDocument document;
    final PdfFonts fonts;
    private final List<String> footerLabels = new ArrayList<>();
    private PDPageContentStream out;
    private float y;
    private String footerLabel = "";
    private PDPage insertBefore;
    private int insertAt;

    PdfLayout(PDDocument document) throws IOException {
        this.document = document;
        this.fonts = new PdfFonts(document);
    }

    /** The text at the left of the footer of every page started from now on. */
    void footerLabel(String label) {
        footerLabel = fonts.printable(label);
    }

    /** Pages started from now on go before {@code page} (in order), instead of at the end. */
    void insertBefore(PDPage page) throws IOException {
        closeStream();
        insertBefore = page;
        insertAt = 0;
    }

    void newPage() throws IOException {
        closeStream();
        PDPage page = new PDPage(A4);
        if (insertBefore == null) {
            document.addPage(page);
            footerLabels.add(footerLabel);
        } else {
            document.getPages().insertBefore(page, insertBefore);
            footerLabels.add(insertAt++, footerLabel);
        }
        out = new PDPageContentStream(document, page);
        y = TOP;
    }

    int pageCount() {
        return document.getNumberOfPages();
    }

    void gap(float points) {
        y -= points;
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    void keep(float height) throws IOException {
        if (out == null || y - height < BOTTOM) {
            newPage();
        }
    }

    float lineHeight(float size) {
        return size * LEADING;
    }

    /** A heading, kept on the same page as at least two lines of what follows it. */
    void heading(String text, float size) throws IOException {
        keep(lineHeight(size) + 2 * lineHeight(10f) + 6f);
        gap(6f);
        paragraph(text, fonts.bold, size, 0f);
        gap(2f);
    }

    /** Text that may hold line breaks; each line wraps within the page width minus {@code indent}. */
    void paragraph(String text, PDFont font, float size, float indent) throws IOException {
        for (String line : lines(text)) {
            boolean rightToLeft = PdfText.rightToLeft(line);
            for (String wrapped : wrap(fonts.printable(line), font, size, WIDTH - indent)) {
                keep(lineHeight(size));
                if (rightToLeft) {
                    align(wrapped, true, font, size, LEFT, RIGHT - indent);
                } else {
                    align(wrapped, false, font, size, LEFT + indent, RIGHT);
                }
                y -= lineHeight(size);
            }
        }
    }

    /**
     * A label in bold in the left column and its value wrapped in the right one. The two columns are the application's
     * left-to-right form, so values start at their column whatever their direction (a Hebrew name sits next to its
     * label); each line is still in the visual order of its own direction.
     */
    void field(String label, String value, float size) throws IOException {
        boolean labelRightToLeft = PdfText.rightToLeft(label);
        List<String> labelLines = wrap(fonts.printable(label), fonts.bold, size, LABEL_WIDTH - 8f);
        List<String> valueLines = new ArrayList<>();
        for (String line : lines(value)) {
            boolean rightToLeft = PdfText.rightToLeft(line);
            for (String wrapped : wrap(fonts.printable(line), fonts.regular, size, WIDTH - LABEL_WIDTH)) {
                valueLines.add(PdfText.visual(wrapped, rightToLeft));
            }
        }
        int rows = Math.max(labelLines.size(), valueLines.size());
        keep(Math.min(rows, 3) * lineHeight(size));
        for (int i = 0; i < rows; i++) {
            keep(lineHeight(size));
            if (i < labelLines.size()) {
                show(PdfText.visual(labelLines.get(i), labelRightToLeft), fonts.bold, size, LEFT, y - size);
            }
            if (i < valueLines.size()) {
                show(valueLines.get(i), fonts.regular, size, LEFT + LABEL_WIDTH, y - size);
            }
            y -= lineHeight(size);
        }
    }

    /** One line: text on the left cut with an ellipsis to leave room for {@code right}, which is right-aligned. */
    void entry(String left, String right, float size) throws IOException {
        keep(lineHeight(size));
        String rightText = fonts.printable(right);
        float rightWidth = width(rightText, fonts.regular, size);
        String leftText = fit(fonts.printable(left), fonts.regular, size, WIDTH - rightWidth - 16f);
        show(PdfText.visual(leftText, false), fonts.regular, size, LEFT, y - size);
        show(PdfText.visual(rightText, false), fonts.regular, size, RIGHT - rightWidth, y - size);
        y -= lineHeight(size);
    }

    void rule() throws IOException {
        keep(8f);
        y -= 4f;
        out.setLineWidth(0.6f);
        out.moveTo(LEFT, y);
        out.lineTo(RIGHT, y);
        out.stroke();
        y -= 6f;
    }

    /** Stamps every page's footer: its label, the generation time, and "Page x of y". */
    void finish(String generated, PageLabel pageLabel) throws IOException {
        closeStream();
        int total = document.getNumberOfPages();
        String generatedText = fonts.printable(generated);
        float size = 8f;
        int number = 0;
        for (PDPage page : document.getPages()) {
            String label = footerLabels.get(number);
            number++;
            String pageText = fonts.printable(pageLabel.text(number, total));
            try (PDPageContentStream footer = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                out = footer;
                footer.setLineWidth(0.4f);
                footer.moveTo(LEFT, FOOTER_BASELINE + 12f);
                footer.lineTo(RIGHT, FOOTER_BASELINE + 12f);
                footer.stroke();
                float pageWidth = width(pageText, fonts.regular, size);
                float generatedWidth = width(generatedText, fonts.regular, size);
                show(PdfText.visual(fit(label, fonts.regular, size, WIDTH - pageWidth - generatedWidth - 32f), false),
                        fonts.regular, size, LEFT, FOOTER_BASELINE);
                show(PdfText.visual(generatedText, false), fonts.regular, size,
                        RIGHT - pageWidth - 16f - generatedWidth, FOOTER_BASELINE);
                show(PdfText.visual(pageText, false), fonts.regular, size, RIGHT - pageWidth, FOOTER_BASELINE);
            } finally {
                out = null;
            }
        }
    }

    /** How a footer says which page this is. */
    @FunctionalInterface
    interface PageLabel {
        String text(int page, int pages);
    }

    /** Ends the last page and gives the fonts back; call after the document is saved (or abandoned). */
    @Override
    public void close() throws IOException {
        try {
            closeStream();
        } finally {
            fonts.release();
        }
    }

    private void closeStream() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    /**
     * One broken line between {@code left} and {@code right}: put into visual order within a paragraph of the given
     * direction, then set against the left edge, or the right one for a right-to-left paragraph.
     */
    private void align(String logical, boolean rightToLeft, PDFont font, float size, float left, float right)
            throws IOException {
        String visual = PdfText.visual(logical, rightToLeft);
        float x = rightToLeft ? right - width(visual, font, size) : left;
        show(visual, font, size, x, y - size);
    }

    /** Draws text already in visual order from {@code x}, run by run, each run in the font that has its glyphs. */
    private void show(String visual, PDFont font, float size, float x, float baseline) throws IOException {
        List<PdfFonts.Run> runs = fonts.runs(visual, font);
        if (runs.isEmpty()) {
            return;
        }
        out.beginText();
        out.newLineAtOffset(x, baseline);
        for (PdfFonts.Run run : runs) {
            out.setFont(run.font(), size);
            out.showText(run.text());
        }
        out.endText();
    }

    float width(String text, PDFont font, float size) throws IOException {
        return fonts.width(text, font, size);
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of("");
        }
        return List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }

    /** Greedy word wrap; a word wider than the line is broken between characters. */
    List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
        List<String> result = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, font, size) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                result.add(line.toString());
                line.setLength(0);
            }
            int[] codePoints = word.codePoints().toArray();
            for (int cp : codePoints) {
                String next = line.toString() + new String(Character.toChars(cp));
                if (line.length() > 0 && width(next, font, size) > maxWidth) {
                    result.add(line.toString());
                    line.setLength(0);
                }
                line.appendCodePoint(cp);
            }
        }
        result.add(line.toString());
        return result;
    }

    private String fit(String text, PDFont font, float size, float maxWidth) throws IOException {
        if (width(text, font, size) <= maxWidth) {
            return text;
        }
        int[] codePoints = text.codePoints().toArray();
        int length = codePoints.length;
        while (length > 0 && width(new String(codePoints, 0, length) + "…", font, size) > maxWidth) {
            length--;
        }
        return new String(codePoints, 0, length) + "…";
    }
}
