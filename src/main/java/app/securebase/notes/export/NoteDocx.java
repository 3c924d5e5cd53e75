package app.securebase.notes.export;

import app.securebase.notes.NoteDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One session note as a Word document (Office Open XML), for clinics that add their own letterhead.
 *
 * <p>Written directly as WordprocessingML with the JDK's StAX writer: a note needs six small parts, and a DOCX library
 * would add some twenty megabytes of dependencies to the WAR for them. The XML writer escapes markup characters;
 * characters XML 1.0 cannot carry at all (most control characters) are dropped. The footer uses Word's PAGE and
 * NUMPAGES fields, so "Page x of y" stays right however the reader's fonts reflow the text.
 *
 * <p>Word shapes and reorders right-to-left text itself, but only lays a paragraph out from the right when told:
 * a paragraph whose first letter is Hebrew, Arabic or the like is marked {@code w:bidi}, and each stretch of
 * right-to-left text is a run marked {@code w:rtl}. Chinese, Japanese and Korean stretches are runs of their own that
 * name an East Asian font, since the document's default (Arial) has no glyphs for them.
 */
public final class NoteDocx {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String FIELD = "\u0000";

    private final ExportTexts texts;
    private final XMLOutputFactory xml = XMLOutputFactory.newFactory();

    public NoteDocx(ExportTexts texts) {
        this.texts = texts;
    }

    /** Writes one note as a DOCX; {@code out} is left open. */
    public void write(NoteDocument note, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new NotePdf.KeepOpen(out), StandardCharsets.UTF_8);
        part(zip, "[Content_Types].xml", CONTENT_TYPES);
        part(zip, "_rels/.rels", PACKAGE_RELS);
        part(zip, "word/_rels/document.xml.rels", DOCUMENT_RELS);
        part(zip, "word/styles.xml", STYLES);
        try {
            zip.putNextEntry(new ZipEntry("docProps/core.xml"));
            core(zip, note);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/footer1.xml"));
            footer(zip, note);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            document(zip, note);
            zip.closeEntry();
        } catch (XMLStreamException e) {
            throw new IOException("The DOCX could not be written", e);
        }
        zip.finish();
        zip.flush();
    }

    private void document(OutputStream out, NoteDocument note) throws XMLStreamException {
        XMLStreamWriter x = start(out, "document");
        x.writeStartElement("w", "body", W);
        paragraph(x, "Title", note.practiceName(), false);
        paragraph(x, "Subtitle", texts.get("sessionNote"), false);
        field(x, texts.get("client"), note.clientName());
        field(x, texts.get("clientId"), note.clientIdentifier());
        field(x, texts.get("clinician"), note.clinicianName());
        field(x, texts.get("session"), texts.session(note));
        field(x, texts.get("service"), note.serviceLabel());
        field(x, texts.get("format"), note.formatLabel());

        for (NoteDocument.Section section : note.sections()) {
            paragraph(x, "Heading1", section.heading(), false);
            String text = section.text() == null || section.text().isBlank() ? texts.get("emptySection")
                    : section.text();
            lines(x, text);
        }
        if (note.risk() != null && !note.risk().lines().isEmpty()) {
            paragraph(x, "Heading1", texts.get("risk"), false);
            for (NoteDocument.Line line : note.risk().lines()) {
                field(x, line.label(), line.value());
            }
        }
        if (note.mentalStatus() != null && !note.mentalStatus().isEmpty()) {
            paragraph(x, "Heading1", texts.get("mentalStatus"), false);
            for (NoteDocument.Line line : note.mentalStatus()) {
                field(x, line.label(), line.value());
            }
        }
        paragraph(x, "Heading1", texts.get("signature"), false);
        if (note.signature() == null) {
            paragraph(x, null, texts.get("unsigned"), true);
        } else {
            signature(x, note.signature().signer(), note.signature().signedAt(), note.signature().sha256());
        }
        if (note.addenda() != null && !note.addenda().isEmpty()) {
            paragraph(x, "Heading1", texts.get("addenda"), false);
            int number = 0;
            for (NoteDocument.Addendum addendum : note.addenda()) {
                number++;
                paragraph(x, "Heading2", texts.get("addendum", number), false);
                lines(x, addendum.text());
                signature(x, addendum.signer(), addendum.signedAt(), addendum.sha256());
            }
        }

        x.writeStartElement("w", "sectPr", W);
        x.writeEmptyElement("w", "footerReference", W);
        x.writeAttribute("w", W, "type", "default");
        x.writeAttribute("r", R, "id", "rIdFooter");
        x.writeEmptyElement("w", "pgSz", W);
        x.writeAttribute("w", W, "w", "11906");
        x.writeAttribute("w", W, "h", "16838");
        x.writeEmptyElement("w", "pgMar", W);
        for (String[] margin : new String[][] {{"top", "1134"}, {"right", "1134"}, {"bottom", "1134"},
                {"left", "1134"}, {"header", "567"}, {"footer", "567"}, {"gutter", "0"}}) {
            x.writeAttribute("w", W, margin[0], margin[1]);
        }
        x.writeEndElement(); // sectPr
        x.writeEndElement(); // body
        end(x);
    }

    private void footer(OutputStream out, NoteDocument note) throws XMLStreamException {
        XMLStreamWriter x = start(out, "ftr");
        x.writeStartElement("w", "p", W);
        style(x, "Footer");
        run(x, note.clientName() + " · " + note.clientIdentifier() + " · "
                + texts.get("generated", texts.instant(note.generatedAt())) + " · ", false);
        String[] parts = texts.get("page", 1, 2).replace("1", FIELD + "PAGE" + FIELD)
                .replace("2", FIELD + "NUMPAGES" + FIELD).split(FIELD, -1);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 0) {
                run(x, parts[i], false);
            } else {
                x.writeStartElement("w", "fldSimple", W);
                x.writeAttribute("w", W, "instr", " " + parts[i] + " ");
                run(x, "1", false);
                x.writeEndElement();
            }
        }
        x.writeEndElement();
        end(x);
    }

    private void core(OutputStream out, NoteDocument note) throws XMLStreamException {
        String cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        String dc = "http://purl.org/dc/elements/1.1/";
        String terms = "http://purl.org/dc/terms/";
        String xsi = "http://www.w3.org/2001/XMLSchema-instance";
        XMLStreamWriter x = xml.createXMLStreamWriter(out, "UTF-8");
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("cp", "coreProperties", cp);
        x.writeNamespace("cp", cp);
        x.writeNamespace("dc", dc);
        x.writeNamespace("dcterms", terms);
        x.writeNamespace("xsi", xsi);
        x.writeStartElement("dc", "title", dc);
        x.writeCharacters(clean(texts.get("sessionNote") + " · " + note.clientName() + " · "
                + texts.date(note.sessionDate())));
        x.writeEndElement();
        x.writeStartElement("dc", "creator", dc);
        x.writeCharacters("SecureBase");
        x.writeEndElement();
        x.writeStartElement("dcterms", "created", terms);
        x.writeAttribute("xsi", xsi, "type", "dcterms:W3CDTF");
        Instant created = note.generatedAt() == null ? Instant.now() : note.generatedAt();
        x.writeCharacters(created.truncatedTo(ChronoUnit.SECONDS).toString());
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndDocument();
        x.close();
    }

    private void signature(XMLStreamWriter x, String signer, Instant signedAt, String sha256)
            throws XMLStreamException {
        field(x, texts.get("signedBy"), signer);
        field(x, texts.get("signedAt"), texts.instant(signedAt));
        field(x, texts.get("contentHash"), sha256);
    }

    private XMLStreamWriter start(OutputStream out, String root) throws XMLStreamException {
        XMLStreamWriter x = xml.createXMLStreamWriter(out, "UTF-8");
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("w", root, W);
        x.writeNamespace("w", W);
        x.writeNamespace("r", R);
        return x;
    }

    private static void end(XMLStreamWriter x) throws XMLStreamException {
        x.writeEndElement();
        x.writeEndDocument();
        x.flush();
        x.close();
    }

    /** A bold label and its value in one paragraph. */
    private static void field(XMLStreamWriter x, String label, String value) throws XMLStreamException {
        x.writeStartElement("w", "p", W);
        properties(x, null, PdfText.rightToLeft(label + ": " + value));
        run(x, label + ": ", true);
        run(x, value, false);
        x.writeEndElement();
    }

    /** One paragraph per line of {@code text}, as the clinician typed it. */
    private static void lines(XMLStreamWriter x, String text) throws XMLStreamException {
        for (String line : (text == null ? "" : text).replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            paragraph(x, null, line, false);
        }
    }

    private static void paragraph(XMLStreamWriter x, String style, String text, boolean bold)
            throws XMLStreamException {
        x.writeStartElement("w", "p", W);
        properties(x, style, PdfText.rightToLeft(text));
        run(x, text, bold);
        x.writeEndElement();
    }

    private static void style(XMLStreamWriter x, String style) throws XMLStreamException {
        properties(x, style, false);
    }

    /** Paragraph properties, in the schema's order: the style, then whether it reads right to left. */
    private static void properties(XMLStreamWriter x, String style, boolean rightToLeft) throws XMLStreamException {
        if (style == null && !rightToLeft) {
            return;
        }
        x.writeStartElement("w", "pPr", W);
        if (style != null) {
            x.writeEmptyElement("w", "pStyle", W);
            x.writeAttribute("w", W, "val", style);
        }
        if (rightToLeft) {
            x.writeEmptyElement("w", "bidi", W);
        }
        x.writeEndElement();
    }

    /** {@code text} as one run per stretch of one script kind: plain, right-to-left or East Asian. */
    private static void run(XMLStreamWriter x, String text, boolean bold) throws XMLStreamException {
        for (DocxScripts.Stretch stretch : DocxScripts.split(clean(text))) {
            run(x, stretch, bold);
        }
    }

    private static void run(XMLStreamWriter x, DocxScripts.Stretch stretch, boolean bold) throws XMLStreamException {
        x.writeStartElement("w", "r", W);
        String eastAsianFont = stretch.eastAsianFont();
        if (bold || stretch.rightToLeft() || eastAsianFont != null) {
            x.writeStartElement("w", "rPr", W);
            if (eastAsianFont != null) {
                x.writeEmptyElement("w", "rFonts", W);
                x.writeAttribute("w", W, "eastAsia", eastAsianFont);
                x.writeAttribute("w", W, "hint", "eastAsia");
            }
            if (bold) {
                x.writeEmptyElement("w", "b", W);
                x.writeEmptyElement("w", "bCs", W);
            }
            if (stretch.rightToLeft()) {
                x.writeEmptyElement("w", "rtl", W);
            }
            x.writeEndElement();
        }
        String[] pieces = stretch.text().split("\t", -1);
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                x.writeEmptyElement("w", "tab", W);
            }
            x.writeStartElement("w", "t", W);
            x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
            x.writeCharacters(pieces[i]);
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    /** Drops what XML 1.0 cannot carry: control characters other than tab, lone surrogates, U+FFFE and U+FFFF. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean allowed = cp == '\t' || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                    || cp >= 0x10000;
            if (allowed) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static void part(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
            <Override PartName="/word/styles.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
            <Override PartName="/word/footer1.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
            <Override PartName="/docProps/core.xml" \
            ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
            </Types>""";

    private static final String PACKAGE_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
            Target="word/document.xml"/>\
            <Relationship Id="rId2" \
            Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" \
            Target="docProps/core.xml"/>\
            </Relationships>""";

    private static final String DOCUMENT_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rIdStyles" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            <Relationship Id="rIdFooter" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>\
            </Relationships>""";

    /** Word's built-in style ids, so headings show in the navigation pane and a clinic's template can restyle them. */
    private static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:docDefaults><w:rPrDefault><w:rPr>\
            <w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial" w:eastAsia="Arial"/>\
            <w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:rPrDefault>\
            <w:pPrDefault><w:pPr><w:spacing w:after="80"/></w:pPr></w:pPrDefault></w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
            <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:rPr><w:b/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:pPr><w:spacing w:after="200"/></w:pPr>\
            <w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/>\
            <w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="160" w:after="40"/>\
            <w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>\
            <w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>\
            </w:styles>""";
}
