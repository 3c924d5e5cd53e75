package app.securebase.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpServiceTest {

    /** RFC 6238 appendix B: the SHA-1 key is the ASCII string "12345678901234567890". */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private static TotpService at(long epochSecond) {
        return new TotpService(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    @Test
    void rfcSecretIsTheBase32OfTheRfcKey() {
        assertEquals("12345678901234567890", new String(new Base32().decode(RFC_SECRET)));
    }

    /** The library itself, set to the RFC's 8 digits, reproduces appendix B; SecureBase then uses 6 of them. */
    @ParameterizedTest
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037"})
    void libraryReproducesRfc6238VectorsWithEightDigits(long time, String expected) throws Exception {
        assertEquals(expected, new DefaultCodeGenerator(HashingAlgorithm.SHA1, 8).generate(RFC_SECRET, time / 30));
    }

    @ParameterizedTest
    @CsvSource({"59, 1, 287082", "1111111109, 37037036, 081804", "1111111111, 37037037, 050471",
            "1234567890, 41152263, 005924", "2000000000, 66666666, 279037"})
    void acceptsTheSixDigitRfcCodeAtItsTimeAndNamesItsStep(long time, long step, String code) {
        TotpService totp = at(time);
        assertEquals(step, totp.currentTimeStep());
        assertEquals(OptionalLong.of(step), totp.matchingTimeStep(RFC_SECRET, code));
        assertTrue(totp.verify(RFC_SECRET, code));
        assertFalse(totp.verify(RFC_SECRET, code.substring(0, 5) + (code.charAt(5) == '0' ? '1' : '0')));
    }

    @Test
    void acceptsOneStepOfDriftEitherWayAndRefusesTwo() {
        // 081804 belongs to step 37037036 and 050471 to step 37037037 (RFC 6238 vectors above).
        TotpService twoStepsLater = at(1111111111 + 30);
        assertEquals(OptionalLong.of(37037037), twoStepsLater.matchingTimeStep(RFC_SECRET, "050471"), "one step old");
        assertEquals(OptionalLong.empty(), twoStepsLater.matchingTimeStep(RFC_SECRET, "081804"), "two steps old");

        TotpService twoStepsEarlier = at(1111111109 - 30);
        assertEquals(OptionalLong.of(37037036), twoStepsEarlier.matchingTimeStep(RFC_SECRET, "081804"), "one step ahead");
        assertEquals(OptionalLong.empty(), twoStepsEarlier.matchingTimeStep(RFC_SECRET, "050471"), "two steps ahead");
    }

    @Test
    void driftWindowIsExactlyOneStepForAFreshSecret() throws Exception {
        TotpService totp = at(1_800_000_015L);
        String secret = totp.newSecret();
        long now = totp.currentTimeStep();
        DefaultCodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
        Set<String> inWindow = new HashSet<>();
        for (long step = now - 1; step <= now + 1; step++) {
            String code = generator.generate(secret, step);
            inWindow.add(code);
            assertEquals(OptionalLong.of(step), totp.matchingTimeStep(secret, code), "step offset " + (step - now));
        }
        for (long step : new long[] {now - 2, now + 2}) {
            String code = generator.generate(secret, step);
            if (!inWindow.contains(code)) { // a 1-in-a-million collision would make the code valid after all
                assertFalse(totp.verify(secret, code), "step offset " + (step - now));
            }
        }
    }

    @Test
    void ignoresSpacesButRefusesMalformedCodes() {
        TotpService totp = at(59);
        assertTrue(totp.verify(RFC_SECRET, "287 082"));
        assertTrue(totp.verify(RFC_SECRET, " 287082\n"));
        assertFalse(totp.verify(RFC_SECRET, "94287082"), "8 digits");
        assertFalse(totp.verify(RFC_SECRET, "28708"));
        assertFalse(totp.verify(RFC_SECRET, "28708a"));
        assertFalse(totp.verify(RFC_SECRET, ""));
        assertFalse(totp.verify(RFC_SECRET, null));
    }

    @Test
    void aCodeIsAcceptedOnceThenRefusedAsAreOlderOnes() {
        TotpService first = at(1111111111);
        OptionalLong used = first.verifyUnused(RFC_SECRET, "050471", TotpService.NO_STEP_USED);
        assertEquals(OptionalLong.of(37037037), used);

        assertEquals(OptionalLong.empty(), first.verifyUnused(RFC_SECRET, "050471", used.getAsLong()), "replay");
        assertEquals(OptionalLong.empty(), first.verifyUnused(RFC_SECRET, "081804", used.getAsLong()),
                "an older code still inside the drift window");

        TotpService thirtySecondsLater = at(1111111111 + 30);
        assertEquals(OptionalLong.empty(), thirtySecondsLater.verifyUnused(RFC_SECRET, "050471", used.getAsLong()));
        assertTrue(thirtySecondsLater.verify(RFC_SECRET, "050471"), "still valid as a code, only used");
    }

    @Test
    void theNextStepsCodeIsAcceptedAfterAUsedOne() throws Exception {
        TotpService totp = at(1111111111);
        String next = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(RFC_SECRET, 37037038);
        assertEquals(OptionalLong.of(37037038), totp.verifyUnused(RFC_SECRET, next, 37037037));
        assertEquals(OptionalLong.empty(), totp.verifyUnused(RFC_SECRET, "999999", TotpService.NO_STEP_USED));
    }

    @Test
    void newSecretsAreRandom160BitBase32() {
        TotpService totp = new TotpService();
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String secret = totp.newSecret();
            assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
            assertEquals(20, new Base32().decode(secret).length);
            assertTrue(secrets.add(secret), "repeated secret");
        }
    }

    @Test
    void otpauthUriNamesIssuerAccountAndParameters() {
        String uri = new TotpService().otpauthUri(RFC_SECRET, "dr.rivera@securebase.test", TotpService.ISSUER);
        assertTrue(uri.startsWith("otpauth://totp/SecureBase%3Adr.rivera%40securebase.test?"), uri);
        for (String part : new String[] {"secret=" + RFC_SECRET, "issuer=SecureBase", "algorithm=SHA1", "digits=6",
                "period=30"}) {
            assertTrue(uri.contains(part), part + " missing from " + uri);
        }
    }

    @org.junit.jupiter.api.RepeatedTest(50)
    void qrDataUriIsAPngThatScansToTheOtpauthUri() throws Exception {
        TotpService totp = new TotpService();
        String secret = totp.newSecret();
        String dataUri = totp.qrDataUri(secret, "dr.chen@securebase.test", TotpService.ISSUER);
        String prefix = "data:image/png;base64,";
        assertTrue(dataUri.startsWith(prefix), dataUri.substring(0, Math.min(40, dataUri.length())));

        byte[] png = Base64.getDecoder().decode(dataUri.substring(prefix.length()));
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        assertArrayEquals(magic, Arrays.copyOf(png, magic.length));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        // PURE_BARCODE: the image is a generated, unrotated code; without it the locator occasionally misses one.
        String scanned = new QRCodeReader().decode(
                new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE,
                        com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        assertEquals(totp.otpauthUri(secret, "dr.chen@securebase.test", TotpService.ISSUER), scanned);
        assertNotEquals(scanned, totp.otpauthUri(totp.newSecret(), "dr.chen@securebase.test", TotpService.ISSUER));
    }
}
