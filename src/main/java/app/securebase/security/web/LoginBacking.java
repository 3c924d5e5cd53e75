package app.securebase.security.web;

import app.securebase.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /login.xhtml}: hands the credentials to Jakarta Security, which either continues to the page the
 * visitor first asked for or lets us send them to their role's home.
 */
@Named
@RequestScoped
public class LoginBacking {

    private static final Logger LOG = Logger.getLogger(LoginBacking.class.getName());

    @Inject
    SecurityContext securityContext;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext facesContext;

    @Inject
    ExternalContext externalContext;

    private String email;
    private String password;
    private boolean signedOut;

    /** Someone already signed in who opens the login page goes straight home. */
    public String skipWhenSignedIn() {
        return currentUser.home().map(home -> home + "index?faces-redirect=true").orElse(null);
    }

    public void signIn() throws IOException {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        HttpServletResponse response = (HttpServletResponse) externalContext.getResponse();
        if (request.getSession(false) != null) {
            // A session from before sign-in (it may hold the page asked for) must not keep an id someone else knew.
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email, new Password(password)))
                        // Not a "new" authentication: Soteria would keep a marker in the session after a failure
                        // that makes later requests to protected pages answer with an empty page.
                        .newAuthentication(false));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> facesContext.responseComplete();
            case SUCCESS -> Faces.redirect(request.getContextPath() + "/");
            case SEND_FAILURE, NOT_DONE -> {
                Messages.addGlobalError(Faces.getResourceBundle("msg").getString("login.failed"));
                LOG.fine("Sign-in failed");
            }
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isSignedOut() {
        return signedOut;
    }

    public void setSignedOut(boolean signedOut) {
        this.signedOut = signedOut;
    }
}
