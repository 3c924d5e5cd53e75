package app.securebase.homework;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A homework request that cannot be carried out as asked; nothing was changed. The keys name what to fix. */
@ApplicationException(rollback = true)
public class HomeworkRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> messageKeys;

    public HomeworkRefusedException(List<String> messageKeys) {
        super("homework refused: " + messageKeys);
        this.messageKeys = List.copyOf(messageKeys);
    }

    public HomeworkRefusedException(String messageKey) {
        this(List.of(messageKey));
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
