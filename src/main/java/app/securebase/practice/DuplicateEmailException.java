package app.securebase.practice;

import jakarta.ejb.ApplicationException;

/** An invitation for an email that already has an account. */
@ApplicationException(rollback = true)
public class DuplicateEmailException extends RuntimeException {

    public DuplicateEmailException() {
        super("an account with this email already exists");
    }
}
