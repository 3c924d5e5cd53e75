package app.securebase.notes;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A note request that cannot be carried out as asked (a signed note, a limit); nothing was changed. */
@ApplicationException(rollback = true)
public class NoteRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> messageKeys;

    public NoteRefusedException(List<String> messageKeys) {
        super("note refused: " + messageKeys);
        this.messageKeys = List.copyOf(messageKeys);
    }

    public NoteRefusedException(String messageKey) {
        this(List.of(messageKey));
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
