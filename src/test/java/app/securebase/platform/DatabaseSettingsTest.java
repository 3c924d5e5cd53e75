package app.securebase.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.platform.DatabaseSettings.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    private static final String MYSQL_URL = "jdbc:mysql://db:3306/securebase?useSSL=false&password=leak";

    @Test
    void shippedDefaultsAreAnEmbeddedH2FileDatabase() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        DatabaseSettings settings = new DatabaseSettings(defaults.getProperty("db.className"),
                defaults.getProperty("db.url"), defaults.getProperty("db.user"), defaults.getProperty("db.password"));
        assertEquals(Kind.H2, settings.kind());
        assertTrue(settings.url().startsWith("jdbc:h2:file:./data/"), settings.url());
        assertEquals("false", defaults.getProperty("securebase.demo"), "demo mode must be off unless asked for");
    }

    @Test
    void mysqlUrlWithMysqlDataSourceSwitchesToMysql() {
        DatabaseSettings settings = new DatabaseSettings(DatabaseSettings.MYSQL_DATASOURCE, MYSQL_URL, "app", "secret");
        assertEquals(Kind.MYSQL, settings.kind());
    }

    @Test
    void urlAndDataSourceClassMustAgree() {
        IllegalStateException mismatch = assertThrows(IllegalStateException.class,
                () -> new DatabaseSettings(DatabaseSettings.H2_DATASOURCE, MYSQL_URL, "app", "secret").kind());
        assertTrue(mismatch.getMessage().contains(DatabaseSettings.MYSQL_DATASOURCE), mismatch.getMessage());
    }

    @Test
    void h2MustRunInMysqlModeSoThatOneDialectServesBoth() {
        assertThrows(IllegalStateException.class,
                () -> new DatabaseSettings(DatabaseSettings.H2_DATASOURCE, "jdbc:h2:mem:x", "sa", "sa").kind());
    }

    @Test
    void mysqlNeedsAPasswordAndUnknownDatabasesAreRefused() {
        assertThrows(IllegalStateException.class,
                () -> new DatabaseSettings(DatabaseSettings.MYSQL_DATASOURCE, MYSQL_URL, "app", "").kind());
        IllegalStateException unknown = assertThrows(IllegalStateException.class,
                () -> new DatabaseSettings("org.postgresql.ds.PGSimpleDataSource", "jdbc:postgresql://x/y", "a", "b").kind());
        assertTrue(unknown.getMessage().contains("jdbc:mysql:"), unknown.getMessage());
    }

    @Test
    void safeUrlDropsTheQueryStringWhereCredentialsCouldHide() {
        String safe = new DatabaseSettings(DatabaseSettings.MYSQL_DATASOURCE, MYSQL_URL, "app", "secret").safeUrl();
        assertEquals("jdbc:mysql://db:3306/securebase", safe);
        assertFalse(safe.contains("leak"));
    }
}
