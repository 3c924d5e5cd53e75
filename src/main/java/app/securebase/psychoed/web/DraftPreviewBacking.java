package app.securebase.psychoed.web;

import app.securebase.practice.NotFoundException;
import app.securebase.psychoed.AuthoringService;
import app.securebase.psychoed.ModuleDraft;
import app.securebase.psychoed.ModuleSection;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /clinician/draft-preview.xhtml?id=…&s=…}: my draft through the client's reader, before it is published.
 * The draft is looked up among my own modules only; anyone else's id, or a malformed one, is a 404.
 */
@Named
@ViewScoped
public class DraftPreviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuthoringService authoring;

    /** Kept as text so that a malformed id reaches {@link #load()} and is a 404, not a conversion message. */
    private String id;
    private String s;
    private ModuleDraft draft;
    private List<ModuleSection> sections;
    private int section;

    public void load() throws IOException {
        Long moduleId = ModuleEditorBacking.parseId(id);
        if (moduleId == null) {
            Faces.responseSendError(404, "no module");
            return;
        }
        try {
            draft = authoring.draft(moduleId);
        } catch (NotFoundException notMine) {
            Faces.responseSendError(404, "no module");
            return;
        }
        sections = draft.getSections();
        section = ReaderPage.section(s, sections, 0);
    }

    public ModuleDraft getDraft() {
        return draft;
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
