package app.securebase.practice.web;

import app.securebase.platform.web.Texts;
import app.securebase.practice.CaseloadService;
import app.securebase.practice.NotFoundException;
import app.securebase.security.Account;
import app.securebase.security.AccountStatus;
import app.securebase.security.IssuedLink;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /clinician/client.xhtml?id=…}: one client of the caseload. The id comes from the URL and is never
 * trusted: the service looks it up within the signed-in clinician's caseload, and anything else is a 404.
 */
@Named
@ViewScoped
public class ClientBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseloadService caseload;

    private Long id;
    private Account client;
    private IssuedLink issuedLink;

    public void load() throws IOException {
        if (id == null) {
            Faces.responseSendError(404, "no client");
            return;
        }
        try {
            client = caseload.viewClient(id);
        } catch (NotFoundException notMine) {
            Faces.responseSendError(404, "no client");
        }
    }

    public void resend() {
        issuedLink = caseload.resendInvitation(id);
        Texts.info(issuedLink.emailed() ? "clinician.clients.added.emailed" : "clinician.clients.added.link",
                client.getDisplayName());
        client = caseload.viewClient(id);
    }

    public void revoke() {
        caseload.revokeInvitation(id);
        issuedLink = null;
        Texts.info("clinician.client.revoked");
    }

    public void archive() {
        caseload.archive(id);
        issuedLink = null;
        client = caseload.viewClient(id);
        Texts.info("clinician.client.archived", client.getDisplayName());
    }

    public boolean isInvited() {
        return client != null && client.getStatus() == AccountStatus.INVITED;
    }

    public boolean isArchivable() {
        return client != null && client.getStatus() != AccountStatus.ARCHIVED;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Account getClient() {
        return client;
    }

    public IssuedLink getIssuedLink() {
        return issuedLink;
    }
}
