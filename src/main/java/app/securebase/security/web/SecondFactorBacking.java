package app.securebase.security.web;

import app.securebase.platform.web.Texts;
import app.securebase.security.SignInResult;
import app.securebase.security.SignInService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import org.omnifaces.util.Faces;

/** Backs {@code /sign-in-code.xhtml}: the authenticator-code (or recovery-code) step of signing in. */
@Named
@RequestScoped
public class SecondFactorBacking {

    @Inject
    SignInService signInService;

    @Inject
    SignInCompletion completion;

    @Inject
    ExternalContext externalContext;

    private String code;

    /** Without a password step in the last five minutes there is nothing to continue. */
    public String requirePasswordStep() {
        return PendingSecondFactor.current(externalContext).isPresent() ? null : "/login?faces-redirect=true";
    }

    public void verify() throws IOException {
        Optional<PendingSecondFactor> pending = PendingSecondFactor.current(externalContext);
        if (pending.isEmpty()) {
            Faces.redirect(externalContext.getRequestContextPath() + "/login.xhtml");
            return;
        }
        SignInResult result = signInService.checkSecondFactor(pending.get().accountId(), code);
        code = null;
        if (result instanceof SignInResult.SignedIn signedIn) {
            PendingSecondFactor.end(externalContext);
            if (!completion.complete(signedIn)) {
                Texts.error("login.failed");
            }
        } else if (result instanceof SignInResult.Locked locked) {
            PendingSecondFactor.end(externalContext);
            LoginBacking.showLocked(locked.until());
        } else {
            Texts.error("login.code.failed");
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
