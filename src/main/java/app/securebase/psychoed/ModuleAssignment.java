package app.securebase.psychoed;

import app.securebase.security.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A module given to one client. It pins the {@link ModuleVersion} current when it was assigned, so later edits of
 * the module never change what the client received. Its reading state moves forward only: assigned, opened (first
 * and last time), read. A clinician may withdraw it before it is read.
 */
@Entity
@Table(name = "module_assignment")
public class ModuleAssignment implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NOTE_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", nullable = false)
    private Account client;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assigned_by_id", nullable = false)
    private Account assignedBy;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id", nullable = false)
    private PsyModule module;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", nullable = false)
    private ModuleVersion moduleVersion;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "first_opened_at")
    private Instant firstOpenedAt;

    @Column(name = "last_opened_at")
    private Instant lastOpenedAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    /** The section the client last had open, counted from 0. */
    @Column(name = "last_section", nullable = false)
    private int lastSection;

    @Version
    private long version;

    protected ModuleAssignment() {
    }

    public ModuleAssignment(Account client, Account assignedBy, ModuleVersion moduleVersion, String note,
            LocalDate dueDate, Instant now) {
        this.client = client;
        this.assignedBy = assignedBy;
        this.module = moduleVersion.getModule();
        this.moduleVersion = moduleVersion;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.dueDate = dueDate;
        this.assignedAt = now;
    }

    /** The client has the module open at {@code section}. */
    public void openedAt(int section, Instant now) {
        if (firstOpenedAt == null) {
            firstOpenedAt = now;
        }
        lastOpenedAt = now;
        lastSection = Math.max(0, section);
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
            if (firstOpenedAt == null) {
                firstOpenedAt = now;
                lastOpenedAt = now;
            }
        }
    }

    public void withdraw(Instant now) {
        if (readAt != null) {
            throw new IllegalStateException("assignment " + id + " has been read and stays on the record");
        }
        if (withdrawnAt == null) {
            withdrawnAt = now;
        }
    }

    public ReadingStatus getStatus() {
        if (withdrawnAt != null) {
            return ReadingStatus.WITHDRAWN;
        }
        if (readAt != null) {
            return ReadingStatus.READ;
        }
        return firstOpenedAt == null ? ReadingStatus.ASSIGNED : ReadingStatus.OPENED;
    }

    /** Due before {@code today} and not read yet. */
    public boolean isOverdue(LocalDate today) {
        return dueDate != null && readAt == null && withdrawnAt == null && dueDate.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public Account getClient() {
        return client;
    }

    public Account getAssignedBy() {
        return assignedBy;
    }

    public PsyModule getModule() {
        return module;
    }

    public ModuleVersion getModuleVersion() {
        return moduleVersion;
    }

    public String getNote() {
        return note;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getFirstOpenedAt() {
        return firstOpenedAt;
    }

    public Instant getLastOpenedAt() {
        return lastOpenedAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public int getLastSection() {
        return lastSection;
    }
}
