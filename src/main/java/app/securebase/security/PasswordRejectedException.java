package app.securebase.security;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A new password was refused; carries the resource-bundle keys of the reasons, to show next to the field. */
@ApplicationException(rollback = true)
public class PasswordRejectedException extends RuntimeException {

    public static final String WRONG_CURRENT_PASSWORD = "security.password.wrongCurrent";

    private final List<String> messageKeys;

    public PasswordRejectedException(List<String> messageKeys) {
        super("password refused: " + messageKeys);
        this.messageKeys = List.copyOf(messageKeys);
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
