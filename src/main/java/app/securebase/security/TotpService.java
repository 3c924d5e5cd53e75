package app.securebase.security;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.QrGenerator;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.secret.SecretGenerator;
import dev.samstevens.totp.util.Utils;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Time-based one-time passwords (RFC 6238) as the optional second factor for staff, on the {@code java-totp}
 * library rather than hand-written crypto.
 *
 * <p>The parameters are the ones every authenticator app supports: HMAC-SHA1, {@value #DIGITS} digits, a
 * {@value #PERIOD_SECONDS}-second time step, and a 160-bit secret (RFC 4226's recommendation) in base 32. A code is
 * accepted from the current step and {@value #ALLOWED_DRIFT_STEPS} step either side, for phone clocks that drift and
 * people who type slowly; nothing wider, as each extra step gives a guesser another valid code.
 *
 * <p><b>Codes are single-use</b> (RFC 6238 section 5.2), which this stateless service cannot enforce alone. Callers
 * keep, per account, the last time step that was accepted, and verify with
 * {@link #verifyUnused(String, String, long)}: it refuses any code whose step is not later than that one, including
 * the very same code replayed and an older code still inside the drift window. On success it returns the step to
 * store, and the caller must store it in the same transaction as the sign-in, under the account's optimistic lock, so
 * two sign-ins racing with one code cannot both succeed. Set-up works the same way: confirm the newly scanned secret
 * with {@code verifyUnused(secret, code, NO_STEP_USED)} and store the step with the secret, so the code typed at
 * set-up cannot sign anyone in afterwards. {@link #verify(String, String)} ignores reuse; never sign anyone in with it.
 *
 * <p>The secret, the {@code otpauth} URI and the QR image all grant the second factor: never log them, and send the
 * set-up page with {@code Cache-Control: no-store}.
 */
@ApplicationScoped
public class TotpService {

    public static final String ISSUER = "SecureBase";
    public static final int DIGITS = 6;
    public static final int PERIOD_SECONDS = 30;
    public static final int ALLOWED_DRIFT_STEPS = 1;

    /** The "last used step" of an account that has never used a code. */
    public static final long NO_STEP_USED = -1;

    private static final HashingAlgorithm ALGORITHM = HashingAlgorithm.SHA1;

    private final Clock clock;
    private final CodeGenerator codes = new DefaultCodeGenerator(ALGORITHM, DIGITS);
    private final SecretGenerator secrets = new DefaultSecretGenerator();

    public TotpService() {
        this(Clock.systemUTC());
    }

    /** For tests, which fix the time. */
    public TotpService(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    /** A new random secret: 32 base-32 characters (160 bits), to store with the account once set-up is confirmed. */
    public String newSecret() {
        return secrets.generate();
    }

    /**
     * The {@code otpauth://totp/...} URI the QR code carries, also for people who type the secret into their app. The
     * label is {@code issuer:accountEmail}, so the app lists the entry under both.
     */
    public String otpauthUri(String secret, String accountEmail, String issuer) {
        return qrData(secret, accountEmail, issuer).getUri();
    }

    /** The {@link #otpauthUri otpauth URI} as a PNG QR code in a {@code data:image/png;base64,...} URI. */
    public String qrDataUri(String secret, String accountEmail, String issuer) {
        QrGenerator generator = new ZxingPngQrGenerator();
        try {
            byte[] png = generator.generate(qrData(secret, accountEmail, issuer));
            return Utils.getDataUriForImage(png, generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("Cannot draw the TOTP QR code", e);
        }
    }

    /** The RFC 6238 time step now: whole {@value #PERIOD_SECONDS}-second periods since the Unix epoch. */
    public long currentTimeStep() {
        return Math.floorDiv(clock.instant().getEpochSecond(), PERIOD_SECONDS);
    }

    /**
     * The time step whose code this is, within {@value #ALLOWED_DRIFT_STEPS} step of now; empty if the code is wrong,
     * too old, too new or malformed. Spaces inside the code ({@code 123 456}, as apps show it) are ignored. Does not
     * check reuse: see {@link #verifyUnused(String, String, long)}.
     */
    public OptionalLong matchingTimeStep(String secret, String code) {
        String typed = digitsOnly(code);
        if (typed == null) {
            return OptionalLong.empty();
        }
        byte[] typedBytes = typed.getBytes(StandardCharsets.US_ASCII);
        long now = currentTimeStep();
        long match = Long.MIN_VALUE;
        // Every step in the window is computed and compared in constant time, so timing reveals nothing of the code.
        for (long step = now - ALLOWED_DRIFT_STEPS; step <= now + ALLOWED_DRIFT_STEPS; step++) {
            if (MessageDigest.isEqual(typedBytes, codeFor(secret, step).getBytes(StandardCharsets.US_ASCII))) {
                match = step;
            }
        }
        return match == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(match);
    }

    /** Whether the code is right for now, give or take one step. Ignores reuse, so it is no sign-in check. */
    public boolean verify(String secret, String code) {
        return matchingTimeStep(secret, code).isPresent();
    }

    /**
     * Verifies a code and refuses it unless its step is later than {@code lastUsedTimeStep}; returns the step to store
     * as the new last used one, or empty to refuse. Pass {@link #NO_STEP_USED} for an account that never used one.
     */
    public OptionalLong verifyUnused(String secret, String code, long lastUsedTimeStep) {
        OptionalLong step = matchingTimeStep(secret, code);
        return step.isPresent() && step.getAsLong() > lastUsedTimeStep ? step : OptionalLong.empty();
    }

    private String codeFor(String secret, long step) {
        try {
            return codes.generate(Objects.requireNonNull(secret, "secret"), step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("Cannot compute a TOTP code", e);
        }
    }

    private static String digitsOnly(String code) {
        if (code == null) {
            return null;
        }
        String compact = code.replaceAll("\\s+", "");
        return compact.length() == DIGITS && compact.chars().allMatch(c -> c >= '0' && c <= '9') ? compact : null;
    }

    private static QrData qrData(String secret, String accountEmail, String issuer) {
        return new QrData.Builder()
                .label(issuer + ":" + accountEmail)
                .secret(secret)
                .issuer(issuer)
                .algorithm(ALGORITHM)
                .digits(DIGITS)
                .period(PERIOD_SECONDS)
                .build();
    }
}
