package app.securebase.platform;

import java.util.Locale;

/**
 * The database SecureBase was configured to use, checked before anything touches it.
 *
 * <p>The datasource itself is defined once in {@link DatabaseMigration} from the same MicroProfile Config keys
 * ({@code db.className}, {@code db.url}, ...), so H2 and MySQL differ only in configuration. This class exists so
 * that a driver class that does not match the URL, or a missing password, fails start-up with a sentence an
 * operator can act on instead of a pool error deep in the server log.
 */
public record DatabaseSettings(String className, String url, String user, String password) {

    public static final String H2_DATASOURCE = "org.h2.jdbcx.JdbcDataSource";
    public static final String MYSQL_DATASOURCE = "com.mysql.cj.jdbc.MysqlDataSource";

    /** The databases SecureBase supports; anything else is refused at start-up. */
    public enum Kind {
        H2("jdbc:h2:", H2_DATASOURCE),
        MYSQL("jdbc:mysql:", MYSQL_DATASOURCE);

        private final String urlPrefix;
        private final String dataSourceClass;

        Kind(String urlPrefix, String dataSourceClass) {
            this.urlPrefix = urlPrefix;
            this.dataSourceClass = dataSourceClass;
        }

        public String dataSourceClass() {
            return dataSourceClass;
        }
    }

    /**
     * Which database the URL points at.
     *
     * @throws IllegalStateException with an operator-facing message when the configuration is inconsistent
     */
    public Kind kind() {
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("db.url (DB_URL) is not set: give a jdbc:h2: or jdbc:mysql: URL.");
        }
        String lowerUrl = url.toLowerCase(Locale.ROOT);
        for (Kind kind : Kind.values()) {
            if (lowerUrl.startsWith(kind.urlPrefix)) {
                if (!kind.dataSourceClass.equals(className)) {
                    throw new IllegalStateException("db.className (DB_CLASSNAME) is '" + className + "' but db.url is a "
                            + kind.urlPrefix + " URL; set db.className to " + kind.dataSourceClass + ".");
                }
                if (kind == Kind.H2 && !lowerUrl.contains(";mode=mysql")) {
                    throw new IllegalStateException("db.url (DB_URL) for H2 must contain ;MODE=MySQL: SecureBase speaks "
                            + "one SQL dialect on every database.");
                }
                if (kind == Kind.MYSQL && (password == null || password.isBlank())) {
                    throw new IllegalStateException("db.password (DB_PASSWORD) is empty: give the MySQL user a password.");
                }
                return kind;
            }
        }
        throw new IllegalStateException("db.url (DB_URL) must start with jdbc:h2: or jdbc:mysql:, not '"
                + url.substring(0, Math.min(url.length(), 11)) + "...'.");
    }

    /** The URL without anything that could be a credential, for the start-up log. */
    public String safeUrl() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
