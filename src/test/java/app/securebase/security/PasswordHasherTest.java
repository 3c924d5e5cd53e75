package app.securebase.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private static PasswordHasher hasher;
    private static String stored;

    @BeforeAll
    static void hashOnce() {
        // Each hash costs ~0.3 s by design; hash once and share it between the assertions.
        hasher = new PasswordHasher(new Pbkdf2PasswordHashImpl());
        stored = hasher.hash("correct horse battery staple".toCharArray());
    }

    @Test
    void storedHashCarriesOwaspStrengthParameters() {
        String[] parts = stored.split(":");
        assertEquals(4, parts.length, stored);
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 600_000, "iterations " + parts[1]);
        assertTrue(Base64.getDecoder().decode(parts[2]).length >= 16, "salt must be at least 16 bytes");
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length, "derived key of 256 bits");
    }

    @Test
    void verifiesOnlyTheRightPassword() {
        assertTrue(hasher.verify("correct horse battery staple".toCharArray(), stored));
        assertFalse(hasher.verify("correct horse battery stapl".toCharArray(), stored));
        assertFalse(hasher.verify("".toCharArray(), stored));
    }

    @Test
    void samePasswordGetsADifferentSaltEachTime() {
        String again = hasher.hash("correct horse battery staple".toCharArray());
        assertNotEquals(stored.split(":")[2], again.split(":")[2]);
        assertNotEquals(stored, again);
    }
}
