package app.securebase.security;

import java.util.Base64;
import java.util.Optional;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * One Argon2id hash in the PHC string format that the reference implementation and most libraries use, e.g.
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} with unpadded Base64: the parameters travel with each hash.
 *
 * @param memoryKib memory cost in KiB ({@code m})
 * @param iterations passes over the memory ({@code t})
 * @param parallelism lanes ({@code p})
 * @param salt the random salt
 * @param hash the derived bytes
 */
record Argon2Hash(int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {

    static final String PREFIX = "$argon2id$v=19$";

    /** The largest memory cost accepted from a stored hash: a tampered row must not make a sign-in allocate gigabytes. */
    static final int MAX_MEMORY_KIB = 256 * 1024;

    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();

    /** Derives the hash of {@code password} (hashed as UTF-8) with these parameters and {@code salt}. */
    static Argon2Hash derive(char[] password, int memoryKib, int iterations, int parallelism, byte[] salt,
            int hashBytes) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build());
        byte[] out = new byte[hashBytes];
        generator.generateBytes(password, out);
        return new Argon2Hash(memoryKib, iterations, parallelism, salt, out);
    }

    /** The same password with this hash's parameters and salt, for comparing with {@link #hash()}. */
    Argon2Hash rederive(char[] password) {
        return derive(password, memoryKib, iterations, parallelism, salt, hash.length);
    }

    String encoded() {
        return PREFIX + "m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "$"
                + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
    }

    /** Reads a stored Argon2id (version 19) hash; empty for any other form or for parameters out of range. */
    static Optional<Argon2Hash> parse(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = stored.substring(PREFIX.length()).split("\\$", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            int memory = -1;
            int iterations = -1;
            int parallelism = -1;
            for (String parameter : parts[0].split(",", -1)) {
                String[] pair = parameter.split("=", 2);
                int value = pair.length == 2 ? Integer.parseInt(pair[1]) : -1;
                switch (pair[0]) {
                    case "m" -> memory = value;
                    case "t" -> iterations = value;
                    case "p" -> parallelism = value;
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            byte[] salt = Base64.getDecoder().decode(parts[1]);
            byte[] hash = Base64.getDecoder().decode(parts[2]);
            boolean sane = parallelism >= 1 && parallelism <= 16 && iterations >= 1 && iterations <= 100
                    && memory >= 8 * parallelism && memory <= MAX_MEMORY_KIB && salt.length >= 8 && hash.length >= 4;
            return sane ? Optional.of(new Argon2Hash(memory, iterations, parallelism, salt, hash)) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
