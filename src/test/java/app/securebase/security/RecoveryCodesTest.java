package app.securebase.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    private static final String FORMAT = "[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}";

    @Test
    void generatesTenDistinctCodesInTwoGroupsOfFive() {
        List<String> codes = RecoveryCodes.generate();
        assertEquals(10, codes.size());
        assertEquals(10, new HashSet<>(codes).size());
        codes.forEach(code -> assertTrue(code.matches(FORMAT), code));
    }

    @Test
    void eachCodeHasAtLeastFiftyBitsFromAnUnambiguousAlphabet() {
        assertEquals(32, RecoveryCodes.ALPHABET.chars().distinct().count());
        for (char ambiguous : "ilou".toCharArray()) {
            assertEquals(-1, RecoveryCodes.ALPHABET.indexOf(ambiguous), "alphabet holds " + ambiguous);
        }
        double bits = RecoveryCodes.LENGTH * (Math.log(RecoveryCodes.ALPHABET.length()) / Math.log(2));
        assertTrue(bits >= 50, bits + " bits");
    }

    @Test
    void everySymbolTurnsUpAndCodesDoNotRepeatAcrossSets() {
        Set<Character> symbols = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            for (String code : RecoveryCodes.generate()) {
                assertTrue(seen.add(code), "repeated code " + code);
                code.replace("-", "").chars().forEach(c -> symbols.add((char) c));
            }
        }
        assertEquals(32, symbols.size(), "symbols used: " + symbols);
    }

    @Test
    void typingIsForgivingAboutCaseDashesSpacesAndLookAlikes() {
        assertEquals(Optional.of("7kq3m0a19c"), RecoveryCodes.normalize("7kq3m-0a19c"));
        assertEquals(Optional.of("7kq3m0a19c"), RecoveryCodes.normalize(" 7KQ3M 0A19C "));
        assertEquals(Optional.of("7kq3m0a19c"), RecoveryCodes.normalize("7kq3mOaI9c"));
        assertEquals(Optional.of("7kq3m0a19c"), RecoveryCodes.normalize("7kq3m-oal9c"));
        assertEquals(RecoveryCodes.hash("7kq3m-0a19c"), RecoveryCodes.hash("7KQ3MOAL9C"));
    }

    @Test
    void refusesMalformedCodes() {
        assertEquals(Optional.empty(), RecoveryCodes.normalize("7kq3m-0a19"), "too short");
        assertEquals(Optional.empty(), RecoveryCodes.normalize("7kq3m-0a19cc"), "too long");
        assertEquals(Optional.empty(), RecoveryCodes.normalize("7kq3m-0a19u"), "u is not in the alphabet");
        assertEquals(Optional.empty(), RecoveryCodes.normalize("7kq3m_0a19c"));
        assertEquals(Optional.empty(), RecoveryCodes.normalize(null));
        assertThrows(IllegalArgumentException.class, () -> RecoveryCodes.hash("not a code"));
    }

    @Test
    void hashIsSha256HexOfTheNormalisedCode() {
        String hash = RecoveryCodes.hash("7kq3m-0a19c");
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertEquals(SecretTokens.sha256Hex("7kq3m0a19c"), hash);
        assertNotEquals(hash, RecoveryCodes.hash("7kq3m-0a19d"));
    }

    @Test
    void findsTheStoredHashOfAMatchingCodeOnly() {
        List<String> codes = RecoveryCodes.generate();
        List<String> stored = codes.stream().map(RecoveryCodes::hash).toList();
        for (int i = 0; i < codes.size(); i++) {
            assertEquals(Optional.of(stored.get(i)), RecoveryCodes.matchingHash(codes.get(i).toUpperCase(), stored));
        }
        String other = RecoveryCodes.generate().get(0);
        assertFalse(codes.contains(other));
        assertEquals(Optional.empty(), RecoveryCodes.matchingHash(other, stored));
        assertEquals(Optional.empty(), RecoveryCodes.matchingHash("garbage", stored));
        assertEquals(Optional.empty(), RecoveryCodes.matchingHash(stored.get(0), stored), "a hash is not a code");
    }
}
