package app.securebase.psychoed.web;

import app.securebase.platform.web.Texts;
import app.securebase.practice.web.ClientBacking;
import app.securebase.psychoed.AssignmentRefusedException;
import app.securebase.psychoed.AssignmentService;
import app.securebase.psychoed.ClientReading;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The reading part of {@code /clinician/client.xhtml}: each module given to the client, its status and when, and the
 * client's reflection answers. Loaded after {@link ClientBacking} has found the client on my caseload; the service
 * checks the caseload again and audits the read.
 */
@Named
@ViewScoped
public class ClientReadingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AssignmentService assignments;

    @Inject
    ClientBacking clientBacking;

    private List<ClientReading> reading = List.of();

    public void load() {
        if (clientBacking.getClient() != null) {
            reading = assignments.readingOf(clientBacking.getClient().getId());
        }
    }

    public void withdraw(long assignmentId) {
        try {
            assignments.withdraw(assignmentId);
            Texts.info("psychoed.client.withdrawn");
        } catch (AssignmentRefusedException refused) {
            Texts.error(refused.messageKey());
        }
        load();
    }

    public List<ClientReading> getReading() {
        return reading;
    }
}
