package app.securebase.security.web;

import app.securebase.platform.web.Texts;
import app.securebase.security.CurrentUser;
import app.securebase.security.SignInResult;
import app.securebase.security.SignInService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /login.xhtml}: the password step of signing in. Accounts with a second factor continue on
 * {@code /sign-in-code.xhtml}; everyone else is signed in here.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SignInService signInService;

    @Inject
    SignInCompletion completion;

    @Inject
    CurrentUser currentUser;

    @Inject
    ExternalContext externalContext;

    private String email;
    private String password;
    private boolean signedOut;
    private boolean passwordSet;

    /** Someone already signed in who opens the login page goes straight home. */
    public String skipWhenSignedIn() {
        return currentUser.home().map(home -> home + "index?faces-redirect=true").orElse(null);
    }

    public void signIn() throws IOException {
        SignInResult result = signInService.checkPassword(email, password.toCharArray());
        password = null;
        if (result instanceof SignInResult.SignedIn signedIn) {
            if (!completion.complete(signedIn)) {
                Texts.error("login.failed");
            }
        } else if (result instanceof SignInResult.NeedsSecondFactor pending) {
            PendingSecondFactor.start(externalContext, pending.accountId());
            Faces.redirect(externalContext.getRequestContextPath() + "/sign-in-code.xhtml");
        } else if (result instanceof SignInResult.Locked locked) {
            showLocked(locked.until());
        } else {
            Texts.error("login.failed");
        }
    }

    /** The same words whether or not the name is an account, so the lock reveals nothing either. */
    static void showLocked(Instant until) {
        long minutes = Math.max(1, (Duration.between(Instant.now(), until).toSeconds() + 59) / 60);
        Texts.error("login.locked", minutes);
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

    public boolean isPasswordSet() {
        return passwordSet;
    }

    public void setPasswordSet(boolean passwordSet) {
        this.passwordSet = passwordSet;
    }
}
