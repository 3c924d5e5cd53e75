package app.securebase.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One-time recovery codes for someone who has lost the device with their authenticator app.
 *
 * <p>Each of the {@value #COUNT} codes has {@value #LENGTH} symbols from Crockford's base-32 alphabet in lower case
 * ({@value #ALPHABET}: no i, l, o or u), shown in two groups of five such as {@code 7kq3m-xa09c}. That is exactly 50
 * bits per code. Typing is forgiving: case, dashes and spaces are ignored, and o, i and l are read as 0, 1 and 1, as
 * Crockford specifies, so a code copied by hand from paper still works.
 *
 * <p>Only {@link #hash(String)} of each code is stored, a plain SHA-256 of the normalised code, not the slow
 * {@link PasswordHasher}: a sign-in may compare against ten stored codes, and ten Argon2id hashes of 19 MiB each would
 * cost a third of a second. That is acceptable because a code is random, not chosen by a person, so there is no
 * dictionary to try:
 * <ul>
 *   <li>online, 2<sup>50</sup> possibilities against sign-in throttling (at most 100 tries an hour) cannot be searched;
 *   <li>offline, whoever has the database must still try about 2<sup>49</sup> SHA-256 hashes per code on average
 *       (GPU-hours to days per code), and even a found code is only half a sign-in: the password is still needed, and
 *       it is hashed with Argon2id. A database thief already holds the records the codes guard.
 * </ul>
 *
 * <p>Callers store the ten hashes, and on use find the matching one with {@link #matchingHash(String, Collection)} and
 * delete it in the same transaction, so that each code works once.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    public static final int LENGTH = 10;
    public static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

    private static final int GROUP = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    /** {@value #COUNT} new codes formatted for display, e.g. {@code 7kq3m-xa09c}; show them once, store the hashes. */
    public static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        while (codes.size() < COUNT) {
            StringBuilder code = new StringBuilder(LENGTH + 1);
            for (int i = 0; i < LENGTH; i++) {
                if (i == GROUP) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            String formatted = code.toString();
            // A repeat among ten 50-bit codes is practically impossible, but a duplicate would be a wasted code.
            if (!codes.contains(formatted)) {
                codes.add(formatted);
            }
        }
        return List.copyOf(codes);
    }

    /**
     * The canonical form of a code as typed: lower case, without dashes or white space, with o, i and l read as 0, 1
     * and 1. Returns empty if anything else remains that is not in the alphabet or the length is wrong.
     */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            char symbol = switch (c) {
                case 'o' -> '0';
                case 'i', 'l' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(symbol) < 0) {
                return Optional.empty();
            }
            code.append(symbol);
        }
        return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }

    /** What to store for a code: SHA-256 hex of its normalised form. */
    public static String hash(String code) {
        return SecretTokens.sha256Hex(normalize(code)
                .orElseThrow(() -> new IllegalArgumentException("Not a recovery code")));
    }

    /**
     * The stored hash the typed code belongs to, if any, so the caller can delete it. Every stored hash is compared in
     * constant time, so the timing reveals neither which code matched nor how much of it.
     */
    public static Optional<String> matchingHash(String typed, Collection<String> storedHashes) {
        Optional<String> code = normalize(typed);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        byte[] candidate = SecretTokens.sha256Hex(code.get()).getBytes(StandardCharsets.US_ASCII);
        String match = null;
        for (String stored : storedHashes) {
            if (MessageDigest.isEqual(candidate, stored.getBytes(StandardCharsets.US_ASCII))) {
                match = stored;
            }
        }
        return Optional.ofNullable(match);
    }
}
