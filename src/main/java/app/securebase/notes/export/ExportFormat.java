package app.securebase.notes.export;

import java.util.Locale;
import java.util.Optional;

/** What a range export produces: one PDF with a contents page, or a ZIP of one PDF per note. */
public enum ExportFormat {
    PDF("application/pdf", "pdf"),
    ZIP("application/zip", "zip");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** {@code pdf} or {@code zip}, any case; anything else is empty. */
    public static Optional<ExportFormat> of(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (ExportFormat format : values()) {
            if (format.extension.equals(value.toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
