package app.securebase.practice;

import jakarta.ejb.ApplicationException;

/**
 * A record that does not exist for the current user: missing, or someone else's. Both answer the same (a 404 page),
 * so an id from a URL or a form cannot be used to probe for other people's records.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
