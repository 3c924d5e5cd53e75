package app.securebase.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.omnifaces.util.Faces;

/** Backs the error pages under {@code WEB-INF/errorpages}. */
@Named
@RequestScoped
public class ErrorPage {

    /**
     * The not-found page is also the page for 403, so that a page of another role answers exactly like a page that
     * does not exist: same body and same status.
     */
    public void answerNotFound() {
        Faces.getResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
    }
}
