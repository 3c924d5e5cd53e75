package app.securebase.tracking.web;

import app.securebase.tracking.ClinicianAdherence;
import app.securebase.tracking.PracticeOverview;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs the practice overview on the admin's home: adherence per clinician, read once per request (and audited). */
@Named
@RequestScoped
public class PracticeOverviewBacking {

    @Inject
    PracticeOverview overview;

    private List<ClinicianAdherence> clinicians;

    public List<ClinicianAdherence> getClinicians() {
        if (clinicians == null) {
            clinicians = overview.perClinician();
        }
        return clinicians;
    }
}
