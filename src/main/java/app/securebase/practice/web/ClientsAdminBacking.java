package app.securebase.practice.web;

import app.securebase.platform.web.Texts;
import app.securebase.practice.AccountRow;
import app.securebase.practice.StaffService;
import app.securebase.security.Account;
import app.securebase.security.AccountStatus;
import app.securebase.security.IssuedLink;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Backs {@code /admin/clients.xhtml}: the practice's clients by name and clinician only (no clinical content), to
 * move a client to another clinician or send them a password-reset link.
 */
@Named
@ViewScoped
public class ClientsAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StaffService staff;

    private AccountRowModel clients;
    private AccountRow selected;
    private Long targetClinicianId;
    private Map<String, Long> clinicianChoices;
    private IssuedLink issuedLink;

    @PostConstruct
    void init() {
        clients = new AccountRowModel((search, status, first, max) ->
                CliniciansBacking.lookup().clients(search, status, first, max));
        clinicianChoices = new LinkedHashMap<>();
        for (Account clinician : staff.activeClinicians()) {
            clinicianChoices.put(clinician.getDisplayName() + " (" + clinician.getEmail() + ")", clinician.getId());
        }
    }

    public void select(AccountRow row) {
        selected = row;
        targetClinicianId = null;
        issuedLink = null;
    }

    public void transfer() {
        if (selected == null || targetClinicianId == null) {
            Texts.error("transferForm:target", "admin.clients.chooseClinician");
            return;
        }
        if (targetClinicianId.equals(selected.clinicianId())) {
            Texts.error("transferForm:target", "admin.clients.sameClinician");
            return;
        }
        staff.transferClient(selected.id(), targetClinicianId);
        Texts.info("admin.clients.transferred", selected.displayName());
        selected = null;
    }

    public void reset(AccountRow row) {
        issuedLink = staff.issuePasswordReset(row.id());
        Texts.info(issuedLink.emailed() ? "admin.reset.emailed" : "admin.reset.link", row.email());
    }

    public AccountRowModel getClients() {
        return clients;
    }

    public AccountRow getSelected() {
        return selected;
    }

    public Long getTargetClinicianId() {
        return targetClinicianId;
    }

    public void setTargetClinicianId(Long targetClinicianId) {
        this.targetClinicianId = targetClinicianId;
    }

    public Map<String, Long> getClinicianChoices() {
        return clinicianChoices;
    }

    public IssuedLink getIssuedLink() {
        return issuedLink;
    }

    public AccountStatus[] getStatuses() {
        return AccountStatus.values();
    }
}
