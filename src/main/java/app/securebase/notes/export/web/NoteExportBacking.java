package app.securebase.notes.export.web;

import app.securebase.notes.export.ExportFormat;
import app.securebase.notes.export.ExportRefusedException;
import app.securebase.notes.export.NoteExportService;
import app.securebase.platform.web.LocalTimes;
import app.securebase.platform.web.Texts;
import app.securebase.practice.CaseloadService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * {@code clinician/notes-export.xhtml}: export my notes of a period (of one client with {@code ?client=}, else of all
 * my clients) in the background, watch "120 of 1,000 notes", cancel, then download the file.
 */
@Named
@ViewScoped
public class NoteExportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NoteExportService exports;

    @Inject
    NoteExportJobs jobs;

    @Inject
    CaseloadService caseload;

    @Inject
    LocalTimes when;

    private Long client;
    private String clientName;
    private LocalDate from;
    private LocalDate to;
    private String format = "zip";

    /** Checks {@code ?client=} (someone else's client is not found) and proposes the last 30 days. */
    public void load() {
        if (client != null) {
            clientName = caseload.myClient(client).getDisplayName();
        }
        if (to == null) {
            to = when.today();
            from = to.minusDays(30);
        }
    }

    public void start() throws IOException {
        ExportFormat chosen = client == null ? ExportFormat.ZIP : ExportFormat.of(format).orElse(ExportFormat.ZIP);
        try {
            jobs.start(exports.select(client, from, to), chosen, when.zone());
        } catch (ExportRefusedException refused) {
            Texts.error(refused.key());
        }
    }

    public void cancel() {
        jobs.cancel();
        Texts.info("notes.export.cancelled");
    }

    public ExportJob getJob() {
        return jobs.current().orElse(null);
    }

    public boolean isRunning() {
        return jobs.current().map(ExportJob::isRunning).orElse(false);
    }

    public String getProgress() {
        return jobs.current().map(job -> Texts.get("notes.export.progress", job.getDone(), job.getTotal()))
                .orElse("");
    }

    public Long getClient() {
        return client;
    }

    public void setClient(Long client) {
        this.client = client;
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

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }
}
