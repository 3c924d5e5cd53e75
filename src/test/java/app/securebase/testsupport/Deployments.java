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

    /**
     * The real WAR plus {@link AsAdmin} and {@link AsClinician}, which run code with a role, and the role-to-principal
     * mapping Payara needs for {@code @RunAs} (group-based sign-in keeps working).
     */
    public static WebArchive realWarWithRunAs(Class<?>... testClasses) {
        return realWar(testClasses)
                .addClasses(AsAdmin.class, AsClinician.class, AsClient.class, RunAsAdminBean.class,
                        RunAsClinicianBean.class, RunAsClientBean.class, RunAsAttempt.class)
                .addAsWebInfResource("app/securebase/testsupport/run-as-glassfish-web.xml", "glassfish-web.xml");
    }
}
