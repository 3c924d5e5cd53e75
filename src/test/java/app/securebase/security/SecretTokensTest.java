package app.securebase.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretTokensTest {

    @Test
    void tokenCarriesTwoHundredFiftySixBitsInUrlSafeCharacters() {
        String token = SecretTokens.newToken();
        assertEquals(43, token.length());
        assertEquals(SecretTokens.TOKEN_LENGTH, token.length());
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), "needs no URL escaping and has no padding: " + token);
        assertEquals(32, Base64.getUrlDecoder().decode(token).length);
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            assertTrue(seen.add(SecretTokens.newToken()), "repeated token after " + i + " draws");
        }
    }

    @Test
    void tokensUseTheWholeAlphabet() {
        // A generator stuck on part of its input (e.g. zero bytes) would leave symbols unused.
        Set<Character> symbols = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            for (char c : SecretTokens.newToken().toCharArray()) {
                symbols.add(c);
            }
        }
        assertEquals(64, symbols.size());
    }

    @Test
    void hashIsStableLowerCaseHexSha256() {
        // FIPS 180-2 test vector for "abc".
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SecretTokens.sha256Hex("abc"));
        String token = SecretTokens.newToken();
        String hash = SecretTokens.sha256Hex(token);
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertEquals(hash, SecretTokens.sha256Hex(token));
        assertNotEquals(token, hash);
        assertNotEquals(hash, SecretTokens.sha256Hex(token + "x"));
    }

    @Test
    void matchesOnlyTheTokenOfTheStoredHash() {
        String token = SecretTokens.newToken();
        String stored = SecretTokens.sha256Hex(token);
        assertTrue(SecretTokens.matches(token, stored));
        assertFalse(SecretTokens.matches(SecretTokens.newToken(), stored));
        assertFalse(SecretTokens.matches(stored, stored), "the hash itself is not a key");
        assertFalse(SecretTokens.matches(null, stored));
        assertFalse(SecretTokens.matches(token, null));
        assertThrows(NullPointerException.class, () -> SecretTokens.sha256Hex(null));
    }
}
