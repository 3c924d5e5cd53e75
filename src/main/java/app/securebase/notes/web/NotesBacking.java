package app.securebase.notes.web;

import app.securebase.notes.NoteContent;
import app.securebase.notes.NoteFilter;
import app.securebase.notes.NoteFormat;
import app.securebase.notes.NoteRefusedException;
import app.securebase.notes.NoteService;
import app.securebase.notes.SessionNote;
import app.securebase.platform.web.LocalTimes;
import app.securebase.platform.web.Texts;
import app.securebase.practice.CaseloadService;
import app.securebase.practice.NotFoundException;
import app.securebase.security.Account;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /clinician/notes.xhtml}: without a parameter, my queue of unsigned notes (oldest session first); with
 * {@code ?client=…}, that client's notes, newest session first, with a date range and a search, paged in the
 * database, and the form to start a note. The client id is never trusted: it goes through my caseload, and someone
 * else's client is a 404.
 */
@Named
@ViewScoped
public class NotesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NoteService notes;

    @Inject
    transient CaseloadService caseload;

    @Inject
    LocalTimes when;

    private String client;
    private Long clientId;
    private String clientName;
    private LocalDate from;
    private LocalDate to;
    private String search;
    private NoteFormat newFormat = NoteFormat.DAP;
    private LocalDate newDate;
    private NoteRowModel rows;

    public void load() throws IOException {
        newDate = when.today();
        if (client == null || client.isEmpty()) {
            rows = new NoteRowModel(new QueueSource(notes));
            return;
        }
        if (!client.matches("\\d{1,18}")) {
            Faces.responseSendError(404, "no client");
            return;
        }
        try {
            Account account = caseload.myClient(Long.parseLong(client));
            clientId = account.getId();
            clientName = account.getDisplayName();
            rows = new NoteRowModel(new ClientSource(notes, clientId, this));
        } catch (NotFoundException notMine) {
            Faces.responseSendError(404, "no client");
        }
    }

    /** Starts a note of my client's session and opens it. */
    public String start() {
        try {
            SessionNote note = notes.create(clientId, NoteContent.blank(newDate == null ? when.today() : newDate,
                    newFormat));
            return "/clinician/note?faces-redirect=true&id=" + note.getId();
        } catch (NoteRefusedException refused) {
            refused.messageKeys().forEach(Texts::error);
            return null;
        }
    }

    NoteFilter filter() {
        return new NoteFilter(from, to, search);
    }

    /** The queue: my unsigned notes, all clients. */
    private record QueueSource(NoteService notes) implements NoteRowModel.Source {

        @Override
        public List<SessionNote> page(int first, int max) {
            return notes.unsigned(first, max);
        }

        @Override
        public long count() {
            return notes.countUnsigned();
        }
    }

    /** One client's notes, filtered by what the page's inputs hold now. */
    private record ClientSource(NoteService notes, long clientId, NotesBacking page) implements NoteRowModel.Source {

        @Override
        public List<SessionNote> page(int first, int max) {
            return notes.notesOf(clientId, page.filter(), first, max);
        }

        @Override
        public long count() {
            return notes.countNotesOf(clientId, page.filter());
        }
    }

    public boolean isQueue() {
        return clientId == null;
    }

    public NoteFormat[] getFormats() {
        return NoteFormat.values();
    }

    public String getClient() {
        return client;
    }

    public void setClient(String client) {
        this.client = client;
    }

    public Long getClientId() {
        return clientId;
    }

    public String getClientName() {
        return clientName;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public NoteFormat getNewFormat() {
        return newFormat;
    }

    public void setNewFormat(NoteFormat newFormat) {
        this.newFormat = newFormat;
    }

    public LocalDate getNewDate() {
        return newDate;
    }

    public void setNewDate(LocalDate newDate) {
        this.newDate = newDate;
    }

    public NoteRowModel getRows() {
        return rows;
    }
}
