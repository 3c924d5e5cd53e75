package app.securebase.psychoed;

import jakarta.ejb.ApplicationException;

/** An assignment the clinician asked for that cannot be made as asked; nothing was assigned. */
@ApplicationException(rollback = true)
public class AssignmentRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public AssignmentRefusedException(String messageKey) {
        super("assignment refused: " + messageKey);
        this.messageKey = messageKey;
    }

    /** The message in the resource bundle that tells the clinician what to change. */
    public String messageKey() {
        return messageKey;
    }
}
