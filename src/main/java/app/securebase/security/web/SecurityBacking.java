package app.securebase.security.web;

import app.securebase.platform.web.Texts;
import app.securebase.security.AccountService;
import app.securebase.security.SecondFactorService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs {@code /account/security.xhtml}: setting up, renewing and removing the second factor. */
@Named
@ViewScoped
public class SecurityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecondFactorService secondFactor;

    @Inject
    transient AccountService accounts;

    private boolean required;
    private SecondFactorService.Enrollment enrollment;
    private List<String> recoveryCodes = List.of();
    private transient String code;
    private transient String password;

    public boolean isEnabled() {
        return accounts.me().isMfaEnabled();
    }

    public long getUnusedRecoveryCodes() {
        return secondFactor.unusedRecoveryCodes();
    }

    public void start() {
        enrollment = secondFactor.startEnrollment();
    }

    public void confirm() {
        List<String> codes = secondFactor.confirmEnrollment(enrollment.secret(), code);
        code = null;
        if (codes.isEmpty()) {
            Texts.error("mfaForm:code", "account.security.wrongCode");
            return;
        }
        enrollment = null;
        recoveryCodes = codes;
        Texts.info("account.security.enabled");
    }

    public void codesSaved() {
        recoveryCodes = List.of();
    }

    public void regenerate() {
        recoveryCodes = secondFactor.regenerateRecoveryCodes();
    }

    public void disable() {
        boolean done = password != null && secondFactor.disable(password.toCharArray());
        password = null;
        if (done) {
            Texts.info("account.security.disabled");
        } else {
            Texts.error("mfaForm:disablePassword", "account.security.disableRefused");
        }
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public SecondFactorService.Enrollment getEnrollment() {
        return enrollment;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
