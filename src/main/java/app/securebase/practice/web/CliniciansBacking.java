package app.securebase.practice.web;

import app.securebase.platform.web.Texts;
import app.securebase.practice.AccountRow;
import app.securebase.practice.DuplicateEmailException;
import app.securebase.practice.StaffService;
import app.securebase.security.AccountStatus;
import app.securebase.security.IssuedLink;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Backs {@code /admin/clinicians.xhtml}: inviting, switching off and on, and resetting clinicians. */
@Named
@ViewScoped
public class CliniciansBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StaffService staff;

    private AccountRowModel clinicians;
    private String inviteEmail;
    private String inviteName;
    private IssuedLink issuedLink;

    @PostConstruct
    void init() {
        clinicians = new AccountRowModel((search, status, first, max) -> lookup().clinicians(search, status, first, max));
    }

    /** The EJB proxy is not serialisable; the lazy model finds the service again after deserialisation. */
    static StaffService lookup() {
        return jakarta.enterprise.inject.spi.CDI.current().select(StaffService.class).get();
    }

    public void invite() {
        try {
            issuedLink = staff.inviteClinician(inviteEmail, inviteName);
            Texts.info(issuedLink.emailed() ? "admin.clinicians.invited.emailed" : "admin.clinicians.invited.link",
                    inviteEmail);
            inviteEmail = null;
            inviteName = null;
        } catch (DuplicateEmailException duplicate) {
            Texts.error("inviteForm:email", "practice.email.taken");
        }
    }

    public void deactivate(AccountRow row) {
        staff.deactivate(row.id());
        issuedLink = null;
        Texts.info("admin.clinicians.deactivated", row.displayName());
    }

    public void reactivate(AccountRow row) {
        staff.reactivate(row.id());
        issuedLink = null;
        Texts.info("admin.clinicians.reactivated", row.displayName());
    }

    public void resend(AccountRow row) {
        issuedLink = staff.resendInvitation(row.id());
        Texts.info(issuedLink.emailed() ? "admin.clinicians.invited.emailed" : "admin.clinicians.invited.link",
                row.email());
    }

    public void reset(AccountRow row) {
        issuedLink = staff.issuePasswordReset(row.id());
        Texts.info(issuedLink.emailed() ? "admin.reset.emailed" : "admin.reset.link", row.email());
    }

    public boolean canDeactivate(AccountRow row) {
        return row.status() == AccountStatus.ACTIVE || row.status() == AccountStatus.INVITED;
    }

    public AccountRowModel getClinicians() {
        return clinicians;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public String getInviteName() {
        return inviteName;
    }

    public void setInviteName(String inviteName) {
        this.inviteName = inviteName;
    }

    public IssuedLink getIssuedLink() {
        return issuedLink;
    }

    public AccountStatus[] getStatuses() {
        return AccountStatus.values();
    }
}
