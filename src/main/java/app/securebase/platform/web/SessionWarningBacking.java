package app.securebase.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.omnifaces.util.Faces;

/**
 * Backs the session warning of the layout (shown a minute before an idle session ends) and the notice the login page
 * shows afterwards.
 */
@Named("sessionWarning")
@RequestScoped
public class SessionWarningBacking {

    @Inject
    ExternalContext externalContext;

    @Inject
    SessionTimeout timeout;

    private boolean expired;

    /** "Stay signed in": the request itself is what extends the session, so there is nothing else to do. */
    public void stay() {
    }

    /**
     * The warning ran out without "Stay signed in": sign out on the server, not only in this page, and show the login
     * page with a notice.
     *
     * <p>With several tabs open, each counts from its own last request. If another tab used the session since this
     * one last did, the session is not ending yet: this tab only closes its warning and counts again.
     */
    public void expire() throws ServletException, IOException {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        HttpSession session = request.getSession(false);
        // During a request, the container reports the time of the session's previous request.
        if (session != null && !timeout.isEnding(System.currentTimeMillis() - session.getLastAccessedTime())) {
            return;
        }
        request.logout();
        externalContext.invalidateSession();
        Faces.redirect(request.getContextPath() + "/login.xhtml?expired=true");
    }

    /** Set from the login page's {@code expired} parameter. */
    public boolean isExpired() {
        return expired;
    }

    public void setExpired(boolean expired) {
        this.expired = expired;
    }
}
