package app.securebase.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends plain-text email through the SMTP server configured with {@code securebase.mail.*}. Without
 * {@code securebase.mail.host} nothing is sent and callers show the person who triggered the message what to pass
 * on instead. Messages never carry clinical content: only that something is waiting, and a link.
 */
@ApplicationScoped
public class MailService {

    private static final Logger LOG = Logger.getLogger(MailService.class.getName());

    @Inject
    @ConfigProperty(name = "securebase.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "securebase.mail.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "securebase.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "securebase.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "securebase.mail.starttls", defaultValue = "true")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "securebase.mail.from", defaultValue = "SecureBase <no-reply@localhost>")
    String from;

    private Session session;

    @PostConstruct
    void configure() {
        if (host.isEmpty()) {
            return;
        }
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.get());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        properties.put("mail.smtp.starttls.required", String.valueOf(startTls));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        Authenticator authenticator = null;
        if (username.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(username.get(), password.orElse(""));
                }
            };
        }
        session = Session.getInstance(properties, authenticator);
    }

    public boolean isConfigured() {
        return session != null;
    }

    /** @return whether the server accepted the message; failures are logged, never thrown at the user */
    public boolean send(String to, String subject, String text) {
        if (session == null) {
            return false;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(text, StandardCharsets.UTF_8.name());
            Transport.send(message);
            LOG.info(() -> "Mail sent: " + subject);
            return true;
        } catch (MessagingException e) {
            LOG.warning(() -> "Mail to the SMTP server failed (" + subject + "): " + e.getMessage());
            return false;
        }
    }
}
