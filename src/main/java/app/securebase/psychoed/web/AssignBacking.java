package app.securebase.psychoed.web;

import app.securebase.platform.web.Texts;
import app.securebase.psychoed.AssignmentRefusedException;
import app.securebase.psychoed.AssignmentResult;
import app.securebase.psychoed.AssignmentService;
import app.securebase.psychoed.ModuleVersion;
import app.securebase.security.Account;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Backs {@code /clinician/assign.xhtml?module=…&client=…}: give one or more library modules to one or more clients of
 * the caseload, with an optional personal note and due date. The URL parameters only preselect; the choices offered
 * are the library and my caseload, and the service checks every id again.
 */
@Named
@ViewScoped
public class AssignBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AssignmentService assignments;

    private List<ModuleVersion> modules;
    private List<Account> clients;
    private String module;
    private String client;
    private List<Long> moduleIds = new ArrayList<>();
    private List<Long> clientIds = new ArrayList<>();
    private String note;
    private LocalDate due;

    @PostConstruct
    void init() {
        modules = assignments.assignableModules();
        clients = assignments.assignableClients();
    }

    /** Preselects what the URL names, if it is on offer; anything else is ignored. */
    public void preselect() {
        Set<Long> offeredModules = modules.stream().map(v -> v.getModule().getId()).collect(Collectors.toSet());
        Set<Long> offeredClients = clients.stream().map(Account::getId).collect(Collectors.toSet());
        idOf(module).filter(offeredModules::contains).filter(id -> !moduleIds.contains(id)).ifPresent(moduleIds::add);
        idOf(client).filter(offeredClients::contains).filter(id -> !clientIds.contains(id)).ifPresent(clientIds::add);
    }

    public void assign() {
        try {
            AssignmentResult result = assignments.assign(moduleIds, clientIds, note, due);
            if (result.created() > 0) {
                Texts.info("psychoed.assign.done", result.created());
            }
            if (result.alreadyAssigned() > 0) {
                Texts.info("psychoed.assign.skipped", result.alreadyAssigned());
            }
            moduleIds = new ArrayList<>();
            clientIds = new ArrayList<>();
            note = null;
            due = null;
        } catch (AssignmentRefusedException refused) {
            String field = switch (refused.messageKey()) {
                case "psychoed.assign.error.noModule" -> "assignForm:modules";
                case "psychoed.assign.error.noClient" -> "assignForm:clients";
                case "psychoed.assign.error.noteTooLong" -> "assignForm:note";
                default -> "assignForm:due";
            };
            Texts.error(field, refused.messageKey());
        }
    }

    private static Optional<Long> idOf(String text) {
        return text != null && text.matches("\\d{1,18}") ? Optional.of(Long.parseLong(text))
                : Optional.empty();
    }

    public List<ModuleVersion> getModules() {
        return modules;
    }

    public List<Account> getClients() {
        return clients;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public String getClient() {
        return client;
    }

    public void setClient(String client) {
        this.client = client;
    }

    public List<Long> getModuleIds() {
        return moduleIds;
    }

    public void setModuleIds(List<Long> moduleIds) {
        this.moduleIds = moduleIds;
    }

    public List<Long> getClientIds() {
        return clientIds;
    }

    public void setClientIds(List<Long> clientIds) {
        this.clientIds = clientIds;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getDue() {
        return due;
    }

    public void setDue(LocalDate due) {
        this.due = due;
    }
}
