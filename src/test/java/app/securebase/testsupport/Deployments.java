package app.securebase.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Arquillian deployments: the WAR the build just made, so tests check what ships, plus the test's own classes. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive realWar(Class<?>... testClasses) {
        return ShrinkWrap.create(ZipImporter.class, "securebase.war")
                .importFrom(new File(System.getProperty("securebase.war", "target/securebase.war")))
                .as(WebArchive.class)
                .addClasses(testClasses)
                .addClass(Deployments.class);
    }
}
