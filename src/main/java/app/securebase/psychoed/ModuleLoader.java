package app.securebase.psychoed;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Loads the built-in modules from the classpath at start-up, idempotently: an unchanged file (same SHA-256 as the
 * module's current version) does nothing; a changed file becomes a new version, never a rewrite of the old one; a
 * new file becomes a module with version 1, published.
 *
 * <p>Files are listed in {@code modules/index.txt} rather than found by scanning, because a classpath folder cannot
 * be listed reliably inside a deployed WAR; a unit test keeps the index and the folder in step.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class ModuleLoader {

    static final String FOLDER = "/app/securebase/psychoed/modules/";

    private static final Logger LOG = Logger.getLogger(ModuleLoader.class.getName());

    /** What loading one file did. */
    public enum Outcome {
        UNCHANGED,
        NEW_VERSION,
        NEW_MODULE
    }

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void loadBuiltIns() {
        int added = 0;
        int updated = 0;
        List<String> files = index();
        for (String fileName : files) {
            switch (load(fileName, read(fileName))) {
                case NEW_MODULE -> added++;
                case NEW_VERSION -> updated++;
                default -> { }
            }
        }
        int a = added;
        int u = updated;
        LOG.info(() -> "Psychoeducation library loaded: " + a + " new, " + u + " new versions, "
                + (files.size() - a - u) + " unchanged");
    }

    /** Loads one file's text; public so that a test can feed it changed text. */
    public Outcome load(String fileName, String text) {
        ModuleFile file = ModuleFile.parse(fileName, text);
        PsyModule module = em.createNamedQuery(PsyModule.FIND_BY_SLUG, PsyModule.class)
                .setParameter("slug", file.slug()).getResultStream().findFirst().orElse(null);
        Outcome outcome;
        int number;
        if (module == null) {
            module = PsyModule.builtIn(file.slug(), file.order());
            em.persist(module);
            em.flush();
            number = 1;
            outcome = Outcome.NEW_MODULE;
        } else {
            ModuleVersion current = module.getCurrentVersion();
            if (current != null && current.getSourceHash().equals(file.sourceHash())) {
                return Outcome.UNCHANGED;
            }
            number = em.createNamedQuery(ModuleVersion.COUNT_BY_MODULE, Long.class)
                    .setParameter("module", module).getSingleResult().intValue() + 1;
            module.moveTo(file.order());
            outcome = Outcome.NEW_VERSION;
        }
        ModuleVersion version = new ModuleVersion(module, number, file, Instant.now());
        em.persist(version);
        em.flush();
        module.publish(version);
        LOG.info("Psychoeducation module " + file.slug() + ": version " + number + " published from " + fileName);
        return outcome;
    }

    /** The module file names, in library order. */
    public static List<String> index() {
        List<String> names = new ArrayList<>();
        for (String line : read("index.txt").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.strip());
            }
        }
        return names;
    }

    public static String read(String fileName) {
        try (InputStream in = ModuleLoader.class.getResourceAsStream(FOLDER + fileName)) {
            if (in == null) {
                throw new IllegalStateException("Missing module file " + FOLDER + fileName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
