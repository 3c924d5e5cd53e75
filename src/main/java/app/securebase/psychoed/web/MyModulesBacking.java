package app.securebase.psychoed.web;

import app.securebase.psychoed.AuthoringService;
import app.securebase.psychoed.ModuleDraft;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs {@code /clinician/modules.xhtml}: the signed-in clinician's own modules. A clinician writes a handful, so the
 * list is loaded whole, once per request.
 */
@Named
@RequestScoped
public class MyModulesBacking {

    @Inject
    AuthoringService authoring;

    private List<ModuleDraft> modules;

    public List<ModuleDraft> getModules() {
        if (modules == null) {
            modules = authoring.myModules();
        }
        return modules;
    }

    public boolean hasUnpublishedChanges(ModuleDraft draft) {
        return AuthoringService.hasUnpublishedChanges(draft);
    }
}
