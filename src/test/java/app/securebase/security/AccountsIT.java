package app.securebase.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.testsupport.AsAdmin;
import app.securebase.testsupport.AsClinician;
import app.securebase.practice.CaseloadService;
import app.securebase.practice.NotFoundException;
import app.securebase.practice.StaffService;
import app.securebase.testsupport.DemoAccount;
import app.securebase.testsupport.Deployments;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import app.securebase.testsupport.TestData;
import app.securebase.testsupport.WebClient;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts in Payara Micro against the real database: lock-out, the second factor with single-use codes, hash
 * upgrades, invitation and reset links that work once and expire, and services that refuse callers
 * without their role.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.realWarWithRunAs(AccountsIT.class, TestData.class, DemoAccount.class, WebClient.class);
    }

    @Inject
    SignInService signIn;

    @Inject
    AccountLinks links;

    @Inject
    TestData data;

    @Inject
    TotpService totp;

    @Inject
    SignInTickets tickets;

    @Inject
    CaseloadService caseload;

    @Inject
    StaffService staff;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsClinician asClinician;

    private static final char[] RIGHT = TestData.PASSWORD.toCharArray();

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPassword() {
        Account account = data.staff(Role.CLINICIAN);
        for (int i = 1; i <= 4; i++) {
            assertInstanceOf(SignInResult.Refused.class, signIn.checkPassword(account.getEmail(), ("wrong " + i).toCharArray()));
        }
        SignInResult fifth = signIn.checkPassword(account.getEmail(), "wrong 5".toCharArray());
        SignInResult.Locked locked = assertInstanceOf(SignInResult.Locked.class, fifth);
        Duration lock = Duration.between(Instant.now(), locked.until());
        assertTrue(lock.compareTo(Duration.ofSeconds(50)) > 0 && lock.compareTo(Duration.ofMinutes(1)) <= 0, lock.toString());
        assertInstanceOf(SignInResult.Locked.class, signIn.checkPassword(account.getEmail(), RIGHT),
                "no password is checked while locked");
    }

    @Test
    void unknownNamesAreLockedExactlyLikeRealOnes() {
        String nobody = TestData.uniqueEmail("nobody");
        for (int i = 1; i <= 4; i++) {
            assertInstanceOf(SignInResult.Refused.class, signIn.checkPassword(nobody, "whatever it is".toCharArray()));
        }
        assertInstanceOf(SignInResult.Locked.class, signIn.checkPassword(nobody, "whatever it is".toCharArray()));
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        Account account = data.staff(Role.ADMIN);
        for (int i = 0; i < 4; i++) {
            signIn.checkPassword(account.getEmail(), "wrong".toCharArray());
        }
        assertInstanceOf(SignInResult.SignedIn.class, signIn.checkPassword(account.getEmail(), RIGHT));
        for (int i = 0; i < 4; i++) {
            assertInstanceOf(SignInResult.Refused.class, signIn.checkPassword(account.getEmail(), "wrong".toCharArray()));
        }
    }

    @Test
    void aWeakStoredHashIsUpgradedAtTheNextSignIn() throws Exception {
        Account account = data.staff(Role.CLINICIAN);
        data.setRawPasswordHash(account, weakHash(RIGHT));
        assertTrue(PasswordHasher.needsRehash(data.rawPasswordHash(account)));

        assertInstanceOf(SignInResult.SignedIn.class, signIn.checkPassword(account.getEmail(), RIGHT));
        String upgraded = data.rawPasswordHash(account);
        assertFalse(PasswordHasher.needsRehash(upgraded), upgraded);
        assertTrue(upgraded.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), upgraded);
        assertInstanceOf(SignInResult.SignedIn.class, signIn.checkPassword(account.getEmail(), RIGHT));
    }

    @Test
    void withASecondFactorThePasswordAloneSignsNobodyInAndEachCodeWorksOnce() throws Exception {
        Account account = data.staff(Role.CLINICIAN);
        String secret = totp.newSecret();
        data.enableMfa(account, secret, TotpService.NO_STEP_USED);

        SignInResult afterPassword = signIn.checkPassword(account.getEmail(), RIGHT);
        assertInstanceOf(SignInResult.NeedsSecondFactor.class, afterPassword);

        String code = codeNow(secret);
        assertInstanceOf(SignInResult.Refused.class, signIn.checkSecondFactor(account.getId(), "000000".equals(code) ? "111111" : "000000"));
        SignInResult.SignedIn signedIn = assertInstanceOf(SignInResult.SignedIn.class,
                signIn.checkSecondFactor(account.getId(), code));
        assertTrue(tickets.redeem(signedIn.ticket()).isPresent());
        assertInstanceOf(SignInResult.Refused.class, signIn.checkSecondFactor(account.getId(), code), "replayed code");
    }

    @Test
    void anInvitationLinkWorksOnceAndOnlyWithAnAcceptablePassword() {
        Account clinician = data.staff(Role.CLINICIAN);
        Account client = data.clientOf(clinician);
        IssuedLink link = links.issue(data.reload(client), TokenPurpose.PASSWORD_RESET, clinician.getId());
        assertFalse(link.emailed(), "no SMTP in tests: the link is shown");
        String token = link.url().substring(link.url().indexOf("token=") + 6);
        assertTrue(token.length() >= 22, "at least 128 bits of randomness");

        PasswordRejectedException weak = assertThrows(PasswordRejectedException.class, () -> links.redeem(token, "short"));
        assertEquals(List.of(PasswordPolicy.Violation.TOO_SHORT.messageKey()), weak.messageKeys());
        assertThrows(PasswordRejectedException.class, () -> links.redeem(token, client.getEmail()));
        assertTrue(links.findUsable(token).isPresent(), "a refused password does not spend the link");

        links.redeem(token, "a brand new passphrase");
        assertInstanceOf(SignInResult.SignedIn.class,
                signIn.checkPassword(client.getEmail(), "a brand new passphrase".toCharArray()));
        assertThrows(LinkUnusableException.class, () -> links.redeem(token, "another new passphrase"), "single use");
    }

    @Test
    void aNewLinkReplacesTheOldOneAndLinksExpire() {
        Account clinician = data.staff(Role.CLINICIAN);
        IssuedLink first = links.issue(data.reload(clinician), TokenPurpose.PASSWORD_RESET, null);
        IssuedLink second = links.issue(data.reload(clinician), TokenPurpose.PASSWORD_RESET, null);
        assertNotEquals(first.url(), second.url());
        assertTrue(links.findUsable(token(first)).isEmpty(), "the older link is revoked");
        assertTrue(links.findUsable(token(second)).isPresent());

        data.expireLinks(clinician);
        assertTrue(links.findUsable(token(second)).isEmpty());
        assertThrows(LinkUnusableException.class, () -> links.redeem(token(second), "a brand new passphrase"));
        assertTrue(links.findUsable("not-a-token").isEmpty());
    }

    @Test
    void servicesWithClinicalDataRefuseCallersWithoutTheirRole() {
        assertRefused(() -> caseload.clients(null, null, 0, 10));
        assertRefused(() -> asAdmin.call(() -> caseload.viewClient(1L)));
        assertRefused(() -> asAdmin.call(() -> caseload.clients(null, null, 0, 10)));
        assertRefused(() -> asClinician.call(() -> staff.clients(null, null, 0, 10)));
        assertRefused(() -> asClinician.call(() -> {
            staff.transferClient(1L, 2L);
            return null;
        }));
    }

    @Test
    void aTransferMovesTheClientToAnotherCliniciansCaseloadOnly() throws Exception {
        Account from = data.staff(Role.CLINICIAN);
        Account to = data.staff(Role.CLINICIAN);
        Account admin = data.staff(Role.ADMIN);
        Account client = data.clientOf(from);

        asAdmin.call(() -> {
            staff.transferClient(client.getId(), to.getId());
            return null;
        });
        assertEquals(to.getId(), data.clinicianIdOf(client));

        assertThrows(NotFoundException.class, () -> asAdmin.call(() -> {
            staff.transferClient(client.getId(), admin.getId());
            return null;
        }), "only to a clinician");
        assertThrows(NotFoundException.class, () -> asAdmin.call(() -> {
            staff.transferClient(from.getId(), to.getId());
            return null;
        }), "only a client moves");
        assertEquals(to.getId(), data.clinicianIdOf(client));
        assertTrue(asAdmin.call(() -> staff.clients(client.getEmail(), null, 0, 5)).rows().stream()
                .anyMatch(row -> row.clinicianId().equals(to.getId())), "the admin list shows the new clinician");
    }

    private static void assertRefused(org.junit.jupiter.api.function.Executable call) {
        Throwable thrown = assertThrows(Exception.class, call);
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof EJBAccessException) {
                return;
            }
        }
        throw new AssertionError("expected an EJBAccessException, got " + thrown, thrown);
    }

    /** A hash in the stored format, but with the 1,024 iterations of an older configuration. */
    private static String weakHash(char[] password) throws Exception {
        byte[] salt = new byte[16];
        new java.security.SecureRandom().nextBytes(salt);
        byte[] key = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new javax.crypto.spec.PBEKeySpec(password, salt, 1024, 256)).getEncoded();
        java.util.Base64.Encoder b64 = java.util.Base64.getEncoder();
        return "PBKDF2WithHmacSHA256:1024:" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
    }

    /** What the user's authenticator app shows now (RFC 6238, SHA-1, 6 digits, 30 s). */
    private static String codeNow(String secret) throws Exception {
        long step = Math.floorDiv(Instant.now().getEpochSecond(), TotpService.PERIOD_SECONDS);
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, TotpService.DIGITS).generate(secret, step);
    }

    private static String token(IssuedLink link) {
        return link.url().substring(link.url().indexOf("token=") + 6);
    }
}
