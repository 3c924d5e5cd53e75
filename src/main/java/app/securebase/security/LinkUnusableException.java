package app.securebase.security;

import jakarta.ejb.ApplicationException;

/** An invitation or reset link that expired, was used or revoked, or never existed: one answer for all. */
@ApplicationException(rollback = true)
public class LinkUnusableException extends RuntimeException {

    public LinkUnusableException() {
        super("link expired, used, revoked or unknown");
    }
}
