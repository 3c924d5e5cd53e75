package app.securebase.psychoed.web;

import app.securebase.psychoed.ModuleSource;
import app.securebase.psychoed.ModuleVersion;
import java.io.Serializable;
import java.util.List;

/**
 * What {@code module-reader.xhtml} shows of a published module version, copied out of the entity. A view-scoped
 * reader keeps this rather than the {@link ModuleVersion}: the entity would also keep, through EclipseLink's
 * lazy-loading value holders, the unit of work that read it and everything that request read.
 */
public final class ModuleText implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long moduleId;
    private final String title;
    private final String summary;
    private final int readingMinutes;
    private final String contentNote;
    private final List<ModuleSource> sources;
    private final List<String> questions;

    private ModuleText(ModuleVersion version) {
        moduleId = version.getModule().getId();
        title = version.getTitle();
        summary = version.getSummary();
        readingMinutes = version.getReadingMinutes();
        contentNote = version.getContentNote();
        // New instances: the entity's own embeddables may be woven with a change listener pointing at the unit of work.
        sources = version.getSources().stream().map(source -> new ModuleSource(source.getTitle(), source.getAuthor(),
                source.getContainer(), source.getYear(), source.getUrl(), source.getDoi())).toList();
        questions = List.copyOf(version.getQuestions());
    }

    static ModuleText of(ModuleVersion version) {
        return new ModuleText(version);
    }

    /** The module (not this version), for links that assign or duplicate it. */
    public long getModuleId() {
        return moduleId;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public int getReadingMinutes() {
        return readingMinutes;
    }

    public String getContentNote() {
        return contentNote;
    }

    public List<ModuleSource> getSources() {
        return sources;
    }

    public List<String> getQuestions() {
        return questions;
    }
}
