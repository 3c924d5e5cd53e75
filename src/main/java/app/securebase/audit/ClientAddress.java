package app.securebase.audit;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Remembers, for the thread serving an HTTP request, the address the request came from, so that
 * {@link AuditService} can record it without every caller passing it along, and knows when there is no request.
 *
 * <p>The address is the TCP peer ({@code getRemoteAddr()}). {@code X-Forwarded-For} is deliberately ignored: anyone
 * can send that header, and an audit trail must not record what the client claims. Behind a reverse proxy the proxy's
 * address is recorded until a trusted-proxy setting exists.
 */
@WebListener
public class ClientAddress implements ServletRequestListener {

    /** Recorded when no HTTP request is behind the event: start-up, timers, background work. */
    public static final String INTERNAL = "internal";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        CURRENT.set(event.getServletRequest().getRemoteAddr());
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        CURRENT.remove();
    }

    /** The current request's client address, or {@value #INTERNAL} outside a request. */
    public static String current() {
        String address = CURRENT.get();
        return address == null || address.isBlank() ? INTERNAL : address;
    }
}
