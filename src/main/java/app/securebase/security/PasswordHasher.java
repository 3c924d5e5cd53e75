package app.securebase.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Base64;
import java.util.Map;

/**
 * Hashes and checks passwords with Jakarta Security's {@link Pbkdf2PasswordHash}, configured well above its defaults.
 *
 * <p>The defaults (2,048 iterations) are far below what OWASP recommends for PBKDF2-HMAC-SHA256 today (600,000). The
 * stored form is {@code PBKDF2WithHmacSHA256:600000:<salt>:<hash>}, so the parameters travel with each hash and a
 * later change of parameters can recognise and upgrade older hashes.
 */
@ApplicationScoped
public class PasswordHasher {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    public static final int ITERATIONS = 600_000;
    public static final int SALT_BYTES = 32;
    public static final int KEY_BYTES = 32;

    /** A valid hash of a random password, verified when the account does not exist so that timing reveals nothing. */
    private static final String DECOY_PASSWORD = "decoy-" + System.nanoTime();

    private final Pbkdf2PasswordHash hash;
    private final String decoyHash;

    @Inject
    public PasswordHasher(Pbkdf2PasswordHash hash) {
        this.hash = hash;
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", String.valueOf(SALT_BYTES),
                "Pbkdf2PasswordHash.KeySizeBytes", String.valueOf(KEY_BYTES)));
        this.decoyHash = hash.generate(DECOY_PASSWORD.toCharArray());
    }

    /** For CDI's client proxy only. */
    protected PasswordHasher() {
        this.hash = null;
        this.decoyHash = null;
    }

    public String hash(char[] password) {
        return hash.generate(normalized(password));
    }

    public boolean verify(char[] password, String storedHash) {
        return hash.verify(normalized(password), storedHash);
    }

    /** The same passphrase typed on different keyboards can differ in Unicode composition; NFC makes them equal. */
    private static char[] normalized(char[] password) {
        return PasswordPolicy.normalize(new String(password)).toCharArray();
    }

    /**
     * Whether a stored hash was made with weaker parameters than today's (fewer iterations, another algorithm, a
     * shorter salt or key), so that it is replaced at the next successful sign-in.
     */
    public static boolean needsRehash(String storedHash) {
        String[] parts = storedHash.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return true;
        }
        try {
            return Integer.parseInt(parts[1]) < ITERATIONS
                    || Base64.getDecoder().decode(parts[2]).length < SALT_BYTES
                    || Base64.getDecoder().decode(parts[3]).length < KEY_BYTES;
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }

    /** Spends the same time as a real check, for sign-in attempts on accounts that do not exist. */
    public void verifyDecoy(char[] password) {
        hash.verify(normalized(password), decoyHash);
    }
}
