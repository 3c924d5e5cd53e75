package app.securebase.security.web;

import app.securebase.audit.AuditAction;
import app.securebase.audit.AuditOutcome;
import app.securebase.audit.AuditService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.omnifaces.util.Faces;

/**
 * Sign-out is a POST from the header's form (so another site cannot sign a user out with a link) and ends the
 * session on the server, not only the cookie.
 */
@Named
@RequestScoped
public class SignOutBacking {

    @Inject
    ExternalContext externalContext;

    @Inject
    AuditService audit;

    public void signOut() throws ServletException, IOException {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        if (request.getUserPrincipal() != null) {
            audit.record(AuditAction.SIGN_OUT, AuditOutcome.ALLOWED, null, null, null);
        }
        request.logout();
        externalContext.invalidateSession();
        Faces.redirect(request.getContextPath() + "/login.xhtml?signedOut=true");
    }
}
