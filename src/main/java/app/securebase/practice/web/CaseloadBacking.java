package app.securebase.practice.web;

import app.securebase.platform.web.Texts;
import app.securebase.practice.CaseloadService;
import app.securebase.practice.DuplicateEmailException;
import app.securebase.security.AccountStatus;
import app.securebase.security.IssuedLink;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Backs {@code /clinician/clients.xhtml}: the signed-in clinician's caseload and adding a client to it. */
@Named
@ViewScoped
public class CaseloadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseloadService caseload;

    private AccountRowModel clients;
    private String email;
    private String displayName;
    private String preferredName;
    private String phone;
    private IssuedLink issuedLink;

    @PostConstruct
    void init() {
        clients = new AccountRowModel((search, status, first, max) ->
                CDI.current().select(CaseloadService.class).get().clients(search, status, first, max));
    }

    public void addClient() {
        try {
            issuedLink = caseload.addClient(email, displayName, preferredName, phone);
            Texts.info(issuedLink.emailed() ? "clinician.clients.added.emailed" : "clinician.clients.added.link",
                    displayName);
            email = null;
            displayName = null;
            preferredName = null;
            phone = null;
        } catch (DuplicateEmailException duplicate) {
            Texts.error("addClientForm:email", "practice.email.taken");
        }
    }

    public AccountRowModel getClients() {
        return clients;
    }

    public IssuedLink getIssuedLink() {
        return issuedLink;
    }

    public AccountStatus[] getStatuses() {
        return AccountStatus.values();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPreferredName() {
        return preferredName;
    }

    public void setPreferredName(String preferredName) {
        this.preferredName = preferredName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
