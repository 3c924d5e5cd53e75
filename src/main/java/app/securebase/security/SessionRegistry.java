package app.securebase.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open sessions of each account, so that deactivating, archiving or resetting an account ends its sessions on
 * the server at once instead of when they time out. Single-node, like the rest of SecureBase's in-memory state.
 */
@ApplicationScoped
public class SessionRegistry {

    static final String ACCOUNT_ID = "securebase.accountId";

    private final Map<Long, Set<HttpSession>> sessions = new ConcurrentHashMap<>();

    public void register(long accountId, HttpSession session) {
        session.setAttribute(ACCOUNT_ID, accountId);
        sessions.computeIfAbsent(accountId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /** Ends every session of the account; returns how many there were. */
    public int endSessionsOf(long accountId) {
        Set<HttpSession> open = sessions.remove(accountId);
        if (open == null) {
            return 0;
        }
        int ended = 0;
        for (HttpSession session : open) {
            try {
                session.invalidate();
                ended++;
            } catch (IllegalStateException alreadyEnded) {
                // timed out or signed out meanwhile
            }
        }
        return ended;
    }

    void forget(HttpSession session) {
        if (session.getAttribute(ACCOUNT_ID) instanceof Long id) {
            Set<HttpSession> open = sessions.get(id);
            if (open != null) {
                open.remove(session);
            }
        }
    }
}
