package app.securebase.homework.web;

import app.securebase.security.SecretTokens;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A random value per session that the homework form carries ({@code data-sb-draft-token}) and its script sends back
 * in a header with every draft it posts to {@link EntryDraftServlet}. Another site can make a signed-in browser post
 * a form, but cannot read this page to learn the value, nor add a header without the browser asking this server
 * first; Faces posts are protected the same way by their view state.
 */
@Named
@SessionScoped
public class DraftToken implements Serializable {

    /** The request header the token travels in. */
    public static final String HEADER = "X-SecureBase-Draft-Token";

    private static final long serialVersionUID = 1L;

    private final String value = SecretTokens.newToken();

    public String getValue() {
        return value;
    }

    /** Compares in constant time, so the answer's timing says nothing about how much of a guess was right. */
    public boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                candidate.getBytes(StandardCharsets.US_ASCII));
    }
}
