package app.securebase.psychoed.web;

import app.securebase.platform.web.Texts;
import app.securebase.psychoed.AuthoringService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;

/** The "Duplicate to adapt" button of the module preview: copies the module into a new draft of mine and opens it. */
@Named
@RequestScoped
public class DuplicateModuleBacking {

    @Inject
    AuthoringService authoring;

    public void duplicate(long moduleId) throws IOException {
        long copy = authoring.duplicate(moduleId);
        Texts.flashInfo("psychoed.edit.duplicated");
        Faces.redirect("clinician/module-edit.xhtml?id=" + copy);
    }
}
