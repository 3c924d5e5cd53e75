package app.securebase.notes.export;

import jakarta.ejb.ApplicationException;

/** An export that would make an empty or meaningless file; {@link #key()} names the message that says why. */
@ApplicationException(rollback = true)
public class ExportRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;

    public ExportRefusedException(String key) {
        super(key);
        this.key = key;
    }

    /** Resource-bundle key of the message for the clinician. */
    public String key() {
        return key;
    }
}
