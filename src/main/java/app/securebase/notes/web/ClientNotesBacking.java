package app.securebase.notes.web;

import app.securebase.notes.NoteService;
import app.securebase.notes.SessionNote;
import app.securebase.practice.web.ClientBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The session-notes section of a client's page ({@code /clinician/client.xhtml}): my unsigned notes of this client,
 * the link to all their notes and to start one. The client is the one {@link ClientBacking} loaded (my caseload only).
 */
@Named
@ViewScoped
public class ClientNotesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most unsigned notes the section lists; the rest are on the notes page. */
    static final int MAX_UNSIGNED = 5;

    @Inject
    transient NoteService notes;

    @Inject
    ClientBacking clientBacking;

    private List<SessionNote> unsigned = List.of();

    public void load() {
        if (clientBacking.getClient() != null) {
            unsigned = notes.unsignedOf(clientBacking.getClient().getId(), MAX_UNSIGNED);
        }
    }

    public List<SessionNote> getUnsigned() {
        return unsigned;
    }
}
