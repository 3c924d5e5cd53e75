package app.securebase.tracking;

import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbered parameters for a native query built in pieces: each value gets its own {@code ?n}, so the SQL text holds
 * nothing a request sent. Instants are bound the way {@code UtcInstantConverter} stores them (UTC wall clock).
 */
final class SqlParameters {

    private final List<Object> values = new ArrayList<>();

    /** A placeholder for {@code value}. */
    String add(Object value) {
        values.add(value instanceof Instant instant ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : value);
        return "?" + values.size();
    }

    Query bind(Query query) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }
}
