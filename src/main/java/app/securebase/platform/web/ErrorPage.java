package app.securebase.platform.web;

import app.securebase.audit.AuditAction;
import app.securebase.audit.AuditOutcome;
import app.securebase.audit.AuditService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.omnifaces.util.Faces;

/** Backs the error pages under {@code WEB-INF/errorpages}. */
@Named
@RequestScoped
public class ErrorPage {

    @Inject
    HttpServletRequest request;

    @Inject
    AuditService audit;

    /**
     * The not-found page is also the page for 403, so that a page of another role answers exactly like a page that
     * does not exist: same body and same status. The refusal itself is audited.
     */
    public void answerNotFound() {
        if (Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))
                && request.getUserPrincipal() != null) {
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            audit.record(AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, "PAGE", null, String.valueOf(uri));
        }
        Faces.getResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
    }
}
