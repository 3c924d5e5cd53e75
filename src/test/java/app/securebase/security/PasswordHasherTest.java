package app.securebase.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private static final char[] PASSWORD = "correct horse battery staple".toCharArray();

    private static PasswordHasher hasher;
    private static String stored;

    @BeforeAll
    static void hashOnce() {
        hasher = new PasswordHasher(new Pbkdf2PasswordHashImpl());
        stored = hasher.hash(PASSWORD);
    }

    @Test
    void storedHashIsArgon2idWithOwaspParameters() {
        assertTrue(stored.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), stored);
        String[] parts = stored.split("\\$");
        assertEquals(16, Base64.getDecoder().decode(parts[4]).length, "salt of 128 bits");
        assertEquals(32, Base64.getDecoder().decode(parts[5]).length, "hash of 256 bits");
        assertFalse(PasswordHasher.needsRehash(stored));
    }

    @Test
    void verifiesOnlyTheRightPassword() {
        assertTrue(hasher.verify(PASSWORD, stored));
        assertFalse(hasher.verify("correct horse battery stapl".toCharArray(), stored));
        assertFalse(hasher.verify("".toCharArray(), stored));
    }

    @Test
    void samePasswordGetsADifferentSaltEachTime() {
        String again = hasher.hash(PASSWORD);
        assertNotEquals(stored.split("\\$")[4], again.split("\\$")[4]);
        assertTrue(hasher.verify(PASSWORD, again));
    }

    @Test
    void derivesWhatTheReferenceImplementationDerives() {
        // The Argon2id vector of the reference implementation's own tests (phc-winner-argon2, src/test.c).
        Argon2Hash known = Argon2Hash.derive("password".toCharArray(), 65_536, 2, 1,
                "somesalt".getBytes(StandardCharsets.US_ASCII), 32);
        assertEquals("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                known.encoded());
    }

    @Test
    void acceptsAHashMadeByTheReferenceImplementation() {
        // Made by libargon2 (through argon2-jvm) with an 8-byte salt: a hash imported from another system verifies,
        // and the short salt marks it for replacement at the next sign-in.
        String foreign = "$argon2id$v=19$m=19456,t=2,p=1$3F/jv7khXOE$J3iELO/V2cQ7Aq55PiCa3Jbq2WknL6/HWkkZ9afnKts";
        assertTrue(hasher.verify(PASSWORD, foreign));
        assertFalse(hasher.verify("Correct horse battery staple".toCharArray(), foreign));
        assertTrue(PasswordHasher.needsRehash(foreign));
    }

    @Test
    void anEarlierPbkdf2HashStillVerifiesAndIsMarkedForReplacement() {
        Pbkdf2PasswordHashImpl pbkdf2 = new Pbkdf2PasswordHashImpl();
        pbkdf2.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "600000", "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        String earlier = pbkdf2.generate(PASSWORD);

        assertTrue(hasher.verify(PASSWORD, earlier));
        assertFalse(hasher.verify("wrong".toCharArray(), earlier));
        assertTrue(PasswordHasher.needsRehash(earlier));
    }

    @Test
    void weakerOrMalformedHashesAreMarkedForReplacementAndNeverMatch() {
        String lessMemory = stored.replace("m=19456", "m=4096");
        assertTrue(PasswordHasher.needsRehash(lessMemory));
        assertTrue(PasswordHasher.needsRehash(stored.replace("t=2", "t=1")));
        for (String broken : new String[] {"", "plain-text-password", "$argon2id$v=19$m=19456,t=2$abc$def",
                "$argon2id$v=19$m=99999999,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                "$argon2i$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                "$argon2id$v=19$m=19456,t=2,p=1$not base64!$x"}) {
            assertTrue(PasswordHasher.needsRehash(broken), broken);
            assertFalse(hasher.verify(PASSWORD, broken), broken);
        }
    }

    @Test
    void unicodeCompositionDoesNotMatter() {
        String composed = hasher.hash("caf\u00e9 au lait, s'il vous pla\u00eet".toCharArray());
        assertTrue(hasher.verify("cafe\u0301 au lait, s'il vous plai\u0302t".toCharArray(), composed));
        assertArrayEquals(Base64.getDecoder().decode(composed.split("\\$")[4]),
                Argon2Hash.parse(composed).orElseThrow().salt());
    }
}
