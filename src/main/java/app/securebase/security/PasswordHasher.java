package app.securebase.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * Hashes and checks passwords with Argon2id (Bouncy Castle), at the parameters OWASP's Password Storage Cheat Sheet
 * gives first: 19 MiB of memory, 2 passes, 1 lane, here with a 16-byte random salt and a 32-byte hash.
 *
 * <p>Argon2id is OWASP's first choice because it is memory-hard: each guess needs its 19 MiB, which is what makes
 * GPU and ASIC cracking expensive. It also costs the server less CPU than the PBKDF2-HMAC-SHA256 at 600,000
 * iterations that SecureBase used before (about 32 ms against 120–145 ms on a 2-core server), which matters because
 * sign-in was a third of the server's CPU under load.
 *
 * <p>The stored form is the PHC string ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}), so the parameters
 * travel with each hash. Hashes of the earlier form ({@code PBKDF2WithHmacSHA256:<iterations>:<salt>:<hash>}) are
 * still checked with Jakarta Security's {@link Pbkdf2PasswordHash}, and {@link #needsRehash(String)} makes the next
 * successful sign-in replace them. Until then such an account's check takes longer than the decoy check of an unknown
 * email, so its existence can be told by timing; each account loses that difference at its first sign-in.
 *
 * <p>Each hash holds 19 MiB of heap while it runs. At most one hash per processor runs at a time, so a flood of
 * sign-in attempts queues instead of filling the heap; more at once would not finish sooner on the same cores.
 */
@ApplicationScoped
public class PasswordHasher {

    public static final int MEMORY_KIB = 19_456;
    public static final int ITERATIONS = 2;
    public static final int PARALLELISM = 1;
    public static final int SALT_BYTES = 16;
    public static final int HASH_BYTES = 32;

    /** The earlier stored form's algorithm, still accepted for checking and replaced at the next sign-in. */
    static final String LEGACY_ALGORITHM = "PBKDF2WithHmacSHA256";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A valid hash of a random password, verified when the account does not exist so that timing reveals nothing. */
    private static final String DECOY_PASSWORD = "decoy-" + System.nanoTime();

    private final Pbkdf2PasswordHash legacy;
    private final Semaphore running = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));
    private final String decoyHash;

    /** @param legacy checks hashes stored in the earlier PBKDF2 form until their next sign-in replaces them */
    @Inject
    public PasswordHasher(Pbkdf2PasswordHash legacy) {
        this.legacy = legacy;
        this.decoyHash = hash(DECOY_PASSWORD.toCharArray());
    }

    /** For CDI's client proxy only. */
    protected PasswordHasher() {
        this.legacy = null;
        this.decoyHash = null;
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        running.acquireUninterruptibly();
        try {
            return Argon2Hash.derive(normalized(password), MEMORY_KIB, ITERATIONS, PARALLELISM, salt, HASH_BYTES)
                    .encoded();
        } finally {
            running.release();
        }
    }

    public boolean verify(char[] password, String storedHash) {
        Optional<Argon2Hash> stored = Argon2Hash.parse(storedHash);
        if (stored.isEmpty()) {
            return storedHash != null && storedHash.startsWith(LEGACY_ALGORITHM + ":")
                    && legacy.verify(normalized(password), storedHash);
        }
        running.acquireUninterruptibly();
        try {
            return MessageDigest.isEqual(stored.get().hash(), stored.get().rederive(normalized(password)).hash());
        } finally {
            running.release();
        }
    }

    /** The same passphrase typed on different keyboards can differ in Unicode composition; NFC makes them equal. */
    private static char[] normalized(char[] password) {
        return PasswordPolicy.normalize(new String(password)).toCharArray();
    }

    /**
     * Whether a stored hash was made with weaker parameters than today's (another algorithm, less memory, fewer
     * passes, a shorter salt or hash), so that it is replaced at the next successful sign-in.
     */
    public static boolean needsRehash(String storedHash) {
        return Argon2Hash.parse(storedHash)
                .map(stored -> stored.memoryKib() < MEMORY_KIB || stored.iterations() < ITERATIONS
                        || stored.salt().length < SALT_BYTES || stored.hash().length < HASH_BYTES)
                .orElse(true);
    }

    /** Spends the same time as a real check, for sign-in attempts on accounts that do not exist. */
    public void verifyDecoy(char[] password) {
        verify(password, decoyHash);
    }
}
