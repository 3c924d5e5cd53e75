package app.securebase.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address people reach SecureBase at, for links that leave the application (invitations, resets).
 *
 * <p>{@code securebase.public.url} should be set in production: the request's own address is what a reverse proxy
 * sent, and a Host header is not to be trusted for links mailed to clients.
 */
@RequestScoped
public class PublicUrl {

    @Inject
    @ConfigProperty(name = "securebase.public.url")
    Optional<String> configured;

    @Inject
    HttpServletRequest request;

    /** An absolute URL for a context-relative path such as {@code /set-password.xhtml?token=...}. */
    public String of(String path) {
        String base = configured.map(url -> url.replaceAll("/+$", "")).orElseGet(() -> {
            String scheme = request.getScheme();
            int port = request.getServerPort();
            boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
        });
        return base + path;
    }
}
