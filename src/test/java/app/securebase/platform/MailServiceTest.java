package app.securebase.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MailServiceTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private static MailService configured(Optional<String> host, int port) {
        MailService mail = new MailService();
        mail.host = host;
        mail.port = port;
        mail.username = Optional.empty();
        mail.password = Optional.empty();
        mail.startTls = false;
        mail.from = "SecureBase <no-reply@practice.example>";
        mail.configure();
        return mail;
    }

    @Test
    void withAnSmtpHostTheMessageReachesTheServer() throws Exception {
        MailService mail = configured(Optional.of("127.0.0.1"), SMTP.getSmtp().getPort());
        assertTrue(mail.isConfigured());
        assertTrue(mail.send("client@example.org", "You are invited to SecureBase", "Choose your password: https://x/y"));

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("You are invited to SecureBase", received[0].getSubject());
        assertEquals("client@example.org", received[0].getAllRecipients()[0].toString());
        assertTrue(GreenMailUtil.getBody(received[0]).contains("https://x/y"));
    }

    @Test
    void withoutAnSmtpHostNothingIsSentAndCallersShowTheLinkInstead() {
        MailService mail = configured(Optional.empty(), SMTP.getSmtp().getPort());
        assertFalse(mail.isConfigured());
        assertFalse(mail.send("client@example.org", "subject", "text"));
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    @Test
    void anUnreachableServerIsReportedNotThrown() {
        MailService mail = configured(Optional.of("127.0.0.1"), 1);
        assertFalse(mail.send("client@example.org", "subject", "text"), "the caller falls back to showing the link");
    }
}
