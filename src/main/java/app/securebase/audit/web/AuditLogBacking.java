package app.securebase.audit.web;

import app.securebase.audit.AuditAction;
import app.securebase.audit.AuditEvent;
import app.securebase.audit.AuditFilter;
import app.securebase.audit.AuditOutcome;
import app.securebase.audit.AuditService;
import app.securebase.audit.AuditVerification;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.StringJoiner;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.component.datatable.DataTable;

/**
 * Backs {@code /admin/audit.xhtml}: the audit log, filtered and paged in the database, and the chain check.
 *
 * <p>Dates are whole days in UTC, like every time the log shows, so that what an admin types matches the times on the
 * screen and in any export, wherever the practice is. Opening the page and every search are themselves recorded
 * ({@link AuditAction#AUDIT_LOG_VIEWED}), with the filter used, so the log tells who looked at whom.
 */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private static final String TABLE = "auditForm:auditTable";

    @Inject
    AuditService audit;

    private AuditEventLazyModel events;
    private List<String> targetTypes;

    private String user;
    private boolean exactUser;
    private String targetType;
    private Long targetId;
    private AuditAction action;
    private AuditOutcome outcome;
    private LocalDate from;
    private LocalDate to;

    private AuditVerification verification;

    @PostConstruct
    void init() {
        events = new AuditEventLazyModel(audit);
        targetTypes = audit.targetTypes();
    }

    /** Opening the page is a view of the log like any search. */
    public void opened() {
        audit.record(AuditAction.AUDIT_LOG_VIEWED, AuditOutcome.ALLOWED, null, null, "opened");
    }

    public void search() {
        if (from != null && to != null && to.isBefore(from)) {
            Messages.addError("filterForm:to", Faces.getResourceBundle("msg").getString("audit.filter.to.beforeFrom"));
            Faces.validationFailed();
            return;
        }
        AuditFilter filter = new AuditFilter(user, exactUser, targetType, targetId, action, outcome,
                AuditFilter.startOfUtcDay(from), AuditFilter.endOfUtcDay(to));
        audit.record(AuditAction.AUDIT_LOG_VIEWED, AuditOutcome.ALLOWED, null, null, describe());
        showFirstPage(filter);
    }

    public void clear() {
        user = null;
        exactUser = false;
        targetType = null;
        targetId = null;
        action = null;
        outcome = null;
        from = null;
        to = null;
        showFirstPage(AuditFilter.ALL);
    }

    public void verify() {
        verification = audit.verifyChain();
    }

    private void showFirstPage(AuditFilter filter) {
        events.setFilter(filter);
        DataTable table = Components.findComponent(TABLE);
        if (table != null) {
            table.setFirst(0);
        }
    }

    /** The filter in a few words for the audit record: names and ids only, never clinical content. */
    private String describe() {
        StringJoiner parts = new StringJoiner(", ", "search: ", "").setEmptyValue("search: all");
        if (user != null && !user.isBlank()) {
            parts.add((exactUser ? "user=" : "user~") + user.strip());
        }
        if (targetType != null) {
            parts.add("targetType=" + targetType);
        }
        if (targetId != null) {
            parts.add("targetId=" + targetId);
        }
        if (action != null) {
            parts.add("action=" + action);
        }
        if (outcome != null) {
            parts.add("outcome=" + outcome);
        }
        if (from != null) {
            parts.add("from=" + from);
        }
        if (to != null) {
            parts.add("to=" + to);
        }
        return parts.toString();
    }

    /** A time as the page shows it: UTC, to the second. */
    public String utc(Instant instant) {
        return instant == null ? "" : UTC_TIME.format(instant);
    }

    /** Bundle key of the action's label. */
    public String actionKey(AuditAction value) {
        return "audit.action." + value.name();
    }

    public boolean denied(AuditEvent event) {
        return event.getOutcome() == AuditOutcome.DENIED;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public AuditOutcome[] getOutcomes() {
        return AuditOutcome.values();
    }

    public AuditEventLazyModel getEvents() {
        return events;
    }

    public List<String> getTargetTypes() {
        return targetTypes;
    }

    public AuditVerification getVerification() {
        return verification;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public boolean isExactUser() {
        return exactUser;
    }

    public void setExactUser(boolean exactUser) {
        this.exactUser = exactUser;
    }

    public String getTargetType() {
        return targetType;
    }

    public void setTargetType(String targetType) {
        this.targetType = targetType;
    }

    public Long getTargetId() {
        return targetId;
    }

    public void setTargetId(Long targetId) {
        this.targetId = targetId;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AuditOutcome outcome) {
        this.outcome = outcome;
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
}
