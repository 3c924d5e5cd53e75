package app.securebase.testsupport;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Switches the server's SQL statement tallies on ({@code securebase.perf.countStatements}, off in production) in a
 * test deployment that registers this as a service, so a test can count what a real page request sends.
 */
public class StatementCountingOn implements ConfigSource {

    private static final Map<String, String> PROPERTIES = Map.of("securebase.perf.countStatements", "true");

    @Override
    public Set<String> getPropertyNames() {
        return PROPERTIES.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return PROPERTIES.get(propertyName);
    }

    @Override
    public String getName() {
        return "statement counting for tests";
    }

    @Override
    public int getOrdinal() {
        return 500;
    }
}
