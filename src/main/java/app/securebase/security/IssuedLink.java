package app.securebase.security;

/**
 * The outcome of issuing an invitation or reset link: either it was emailed to its owner, or SMTP is not configured
 * and {@link #url()} must be shown once to the person who issued it, to pass on. It is not stored anywhere else.
 */
public record IssuedLink(String url, boolean emailed, String recipient) implements java.io.Serializable {
}
