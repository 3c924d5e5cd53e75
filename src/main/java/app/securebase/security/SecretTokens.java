package app.securebase.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Random tokens for invitation and password-reset links, and the hash under which they are stored.
 *
 * <p>A token carries {@value #TOKEN_BYTES} bytes (256 bits) from {@link SecureRandom}, twice the 128 bits the issue
 * asks for, as Base64url without padding: {@value #TOKEN_LENGTH} characters that need no escaping in a URL. Only
 * {@link #sha256Hex(String)} of a token goes into the database, so someone who reads the database or a backup cannot
 * use a pending link. A fast unsalted hash is enough here, unlike for passwords: with 256 random bits there is
 * nothing to guess, and the link is looked up by its hash (an indexed column), so the comparison happens in the
 * database and leaks no useful timing.
 */
public final class SecretTokens {

    public static final int TOKEN_BYTES = 32;

    /** Base64 without padding: 4 characters per 3 bytes, rounded up. */
    public static final int TOKEN_LENGTH = (TOKEN_BYTES * 4 + 2) / 3;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder URL_ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final HexFormat HEX = HexFormat.of();

    private SecretTokens() {
    }

    /** A new token to put in a link; show or send it once and store only its {@link #sha256Hex(String) hash}. */
    public static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return URL_ENCODER.encodeToString(bytes);
    }

    /** Lower-case hex SHA-256 of the text's UTF-8 bytes: 64 characters, the same for the same text. */
    public static String sha256Hex(String text) {
        return HEX.formatHex(sha256(Objects.requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Whether a token someone presented belongs to a stored hash, compared in constant time, for callers that hold the
     * stored hash already instead of looking the token up by hash.
     */
    public static boolean matches(String token, String storedHash) {
        if (token == null || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(sha256Hex(token).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must provide SHA-256", e);
        }
    }
}
