package app.securebase.psychoed.web;

import app.securebase.psychoed.ModuleSection;
import app.securebase.psychoed.ModuleService;
import app.securebase.psychoed.ModuleVersion;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /clinician/module.xhtml?id=…&s=…}: a published module exactly as a client will read it, a section at a
 * time. An unknown, draft or archived id is a 404, like a page that does not exist.
 */
@Named
@ViewScoped
public class ModulePreviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ModuleService modules;

    /** Kept as text so that a malformed id reaches {@link #load()} and is a 404, not a conversion message. */
    private String id;
    private String s;
    /** What the page shows of the module; never the entity (see {@link ModuleText}). */
    private ModuleText module;
    private List<ModuleSection> sections;
    private int section;

    public void load() throws IOException {
        ModuleVersion version = id == null || !id.matches("\\d{1,18}") ? null
                : modules.findPublished(Long.parseLong(id)).orElse(null);
        if (version == null) {
            Faces.responseSendError(404, "no module");
            return;
        }
        module = ModuleText.of(version);
        sections = version.getSections();
        section = ReaderPage.section(s, sections, 0);
    }

    public ModuleText getModule() {
        return module;
    }

    public List<ModuleSection> getSections() {
        return sections;
    }

    public int getSection() {
        return section;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getS() {
        return s;
    }

    public void setS(String s) {
        this.s = s;
    }
}
