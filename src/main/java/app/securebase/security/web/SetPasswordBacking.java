package app.securebase.security.web;

import app.securebase.platform.web.Texts;
import app.securebase.security.AccountLinks;
import app.securebase.security.AccountToken;
import app.securebase.security.LinkUnusableException;
import app.securebase.security.PasswordRejectedException;
import app.securebase.security.TokenPurpose;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.logging.Logger;
import org.omnifaces.util.Faces;

/** Backs {@code /set-password.xhtml}: choosing a password through an invitation or reset link. */
@Named
@RequestScoped
public class SetPasswordBacking {

    private static final Logger LOG = Logger.getLogger(SetPasswordBacking.class.getName());

    @Inject
    AccountLinks links;

    private String token;
    private String password;
    private String confirmation;
    private Optional<AccountToken> link;

    /**
     * The link, looked up once per request. On a POST the form's own {@code rendered} test runs before the model is
     * updated, so the token is read from the request itself.
     */
    private Optional<AccountToken> link() {
        if (link == null) {
            if (token == null) {
                token = Faces.getRequestParameter("setPasswordForm:token");
            }
            link = links.findUsable(token);
        }
        return link;
    }

    public String save() {
        if (!password.equals(confirmation)) {
            Texts.error("setPasswordForm:confirm", "setPassword.mismatch");
            return null;
        }
        if (link().isEmpty()) {
            return null;
        }
        try {
            links.redeem(token, password);
            return "/login?faces-redirect=true&passwordSet=true";
        } catch (PasswordRejectedException rejected) {
            rejected.messageKeys().forEach(key -> Texts.error("setPasswordForm:password", key));
            LOG.info(() -> "New password refused: " + rejected.messageKeys());
            return null;
        } catch (LinkUnusableException unusable) {
            link = Optional.empty();
            return null;
        } finally {
            password = null;
            confirmation = null;
        }
    }

    public boolean isUsable() {
        return link().isPresent();
    }

    public boolean isInvitation() {
        return link().map(l -> l.getPurpose() == TokenPurpose.INVITATION).orElse(false);
    }

    public String getEmail() {
        return link().map(l -> l.getAccount().getEmail()).orElse("");
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
