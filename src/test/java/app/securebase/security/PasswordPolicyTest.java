package app.securebase.security;

import static app.securebase.security.PasswordPolicy.Violation.SAME_AS_EMAIL;
import static app.securebase.security.PasswordPolicy.Violation.TOO_COMMON;
import static app.securebase.security.PasswordPolicy.Violation.TOO_LONG;
import static app.securebase.security.PasswordPolicy.Violation.TOO_SHORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final String EMAIL = "jordan.lee.rivera@securebase.test";

    private static List<String> header;
    private static List<String> entries;

    @BeforeAll
    static void readShippedList() throws IOException {
        header = new ArrayList<>();
        entries = new ArrayList<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(PasswordPolicy.COMMON_PASSWORDS_RESOURCE)) {
            assertNotNull(in, "common-passwords.txt must ship beside PasswordPolicy");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                (line.startsWith("#") ? header : entries).add(line);
            }
        }
    }

    @Test
    void lengthLimitsMeetAsvs() {
        assertEquals(12, PasswordPolicy.MIN_LENGTH);
        assertTrue(PasswordPolicy.MAX_LENGTH >= 64, "ASVS requires at least 64 characters to be allowed");
    }

    @Test
    void acceptsAPassphraseOfMinimumLengthWithoutCompositionRules() {
        assertEquals(List.of(), PasswordPolicy.check("violet harbor", EMAIL));
        assertEquals(List.of(), PasswordPolicy.check("zqmvtrplkwhx", EMAIL), "all lower-case letters are fine");
        assertTrue(PasswordPolicy.isAcceptable("x".repeat(11) + "y", EMAIL));
    }

    @Test
    void refusesElevenCharactersAndAcceptsTwelve() {
        assertEquals(List.of(TOO_SHORT), PasswordPolicy.check("gravel-sky7", EMAIL));
        assertEquals(List.of(), PasswordPolicy.check("gravel-sky7q", EMAIL));
        assertEquals(List.of(TOO_SHORT), PasswordPolicy.check("", EMAIL));
        assertEquals(List.of(TOO_SHORT), PasswordPolicy.check(null, EMAIL));
    }

    @Test
    void acceptsOneHundredTwentyEightCharactersAndRefusesMore() {
        String max = "correct horse battery staple ".repeat(5).substring(0, 128);
        assertEquals(List.of(), PasswordPolicy.check(max, EMAIL));
        assertEquals(List.of(), PasswordPolicy.check(max.substring(0, 64), EMAIL), "64 must be allowed");
        assertEquals(List.of(TOO_LONG), PasswordPolicy.check(max + "x", EMAIL));
    }

    @Test
    void countsCodePointsNotUtf16Chars() {
        // Six emoji are twelve UTF-16 chars but only six characters a person typed.
        String sixEmoji = "\uD83C\uDF3B".repeat(6);
        assertEquals(12, sixEmoji.length());
        assertEquals(List.of(TOO_SHORT), PasswordPolicy.check(sixEmoji, EMAIL));
        assertEquals(List.of(), PasswordPolicy.check("\uD83C\uDF3B".repeat(12), EMAIL));
        assertEquals(List.of(TOO_LONG), PasswordPolicy.check("\uD83C\uDF3B".repeat(129), EMAIL));
    }

    @Test
    void countsAfterNfcSoDecomposedAccentsCountOnce() {
        // "é" typed as e + combining acute: 12 chars before NFC, 6 characters after.
        String decomposed = "e\u0301".repeat(6);
        assertEquals(12, decomposed.length());
        assertEquals(List.of(TOO_SHORT), PasswordPolicy.check(decomposed, EMAIL));
        assertEquals("\u00e9".repeat(6), PasswordPolicy.normalize(decomposed));
        assertEquals(" Kept As Typed ", PasswordPolicy.normalize(" Kept As Typed "), "no case folding or trimming");
    }

    @Test
    void shippedListHasAtLeastTenThousandLowerCaseUniqueEntriesAndNamesItsLicence() {
        assertTrue(entries.size() >= 10_000, "entries: " + entries.size());
        Set<String> unique = new HashSet<>();
        for (String entry : entries) {
            assertFalse(entry.isBlank(), "blank line in the list");
            assertEquals(entry.strip().toLowerCase(Locale.ROOT), entry, "not lower-case or padded: " + entry);
            assertTrue(unique.add(entry), "duplicate: " + entry);
        }
        String text = String.join("\n", header);
        assertTrue(text.contains("Source:"), "header must name the source");
        assertTrue(text.contains("MIT") && text.contains("Permission is hereby granted"), "header must carry the licence");
    }

    @Test
    void refusesEveryListedPasswordLongEnoughToOtherwisePass() {
        long checked = entries.stream()
                .filter(e -> e.codePointCount(0, e.length()) >= PasswordPolicy.MIN_LENGTH
                        && e.codePointCount(0, e.length()) <= PasswordPolicy.MAX_LENGTH)
                .peek(e -> assertEquals(List.of(TOO_COMMON), PasswordPolicy.check(e, "someone@else.test"), e))
                .count();
        assertTrue(checked >= 100, "only " + checked + " long entries checked");
    }

    @Test
    void commonPasswordCheckIgnoresCaseAndSurroundingSpaces() {
        assertTrue(entries.contains("qwerty123456"), "fixture expects this entry in the shipped list");
        assertEquals(List.of(TOO_COMMON), PasswordPolicy.check("QWERTY123456", EMAIL));
        assertEquals(List.of(TOO_COMMON), PasswordPolicy.check("  Qwerty123456 ", EMAIL));
        assertEquals(List.of(), PasswordPolicy.check("qwerty1234567x", EMAIL), "a near miss is not listed");
    }

    @Test
    void shortCommonPasswordIsReportedAsTooShort() {
        assertTrue(entries.contains("password"));
        assertEquals(List.of(TOO_SHORT), PasswordPolicy.check("password", EMAIL));
    }

    @Test
    void refusesTheEmailAndItsLocalPartIgnoringCase() {
        assertEquals(List.of(SAME_AS_EMAIL), PasswordPolicy.check("Jordan.Lee.Rivera@SecureBase.test", EMAIL));
        assertEquals(List.of(SAME_AS_EMAIL), PasswordPolicy.check("JORDAN.LEE.RIVERA", EMAIL));
        assertEquals(List.of(), PasswordPolicy.check("jordan.lee.rivera!", EMAIL), "containing it is allowed");
        assertEquals(List.of(), PasswordPolicy.check("jordan.lee.rivera", null), "no email yet, nothing to compare");
    }

    @Test
    void reportsEveryViolationAtOnce() {
        assertEquals(List.of(TOO_SHORT, SAME_AS_EMAIL), PasswordPolicy.check("Sam", "sam@securebase.test"));
    }

    @Test
    void everyViolationHasKindTextInTheBundleThatMatchesTheLimits() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/app/securebase/i18n/messages.properties")) {
            assertNotNull(in);
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (PasswordPolicy.Violation violation : PasswordPolicy.Violation.values()) {
            assertTrue(violation.messageKey().startsWith("security.password."), violation.messageKey());
            String text = messages.getProperty(violation.messageKey());
            assertNotNull(text, "missing message " + violation.messageKey());
            assertFalse(text.isBlank());
        }
        assertTrue(messages.getProperty(TOO_SHORT.messageKey()).contains(String.valueOf(PasswordPolicy.MIN_LENGTH)));
        assertTrue(messages.getProperty(TOO_LONG.messageKey()).contains(String.valueOf(PasswordPolicy.MAX_LENGTH)));
    }
}
