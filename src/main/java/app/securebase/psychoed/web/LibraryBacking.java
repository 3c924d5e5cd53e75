package app.securebase.psychoed.web;

import app.securebase.psychoed.ModuleService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs {@code /clinician/library.xhtml}: the published modules, searched and filtered in the database. */
@Named
@ViewScoped
public class LibraryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ModuleService modules;

    private LibraryModel library;
    private List<String> topics;

    @PostConstruct
    void init() {
        library = new LibraryModel((search, topic, first, max) -> modules.library(search, topic, first, max));
        topics = modules.topics();
    }

    public LibraryModel getLibrary() {
        return library;
    }

    public List<String> getTopics() {
        return topics;
    }
}
