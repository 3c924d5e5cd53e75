package app.securebase.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores every {@link Instant} as a UTC wall-clock {@code DATETIME(6)}.
 *
 * <p>The EclipseLink that Payara ships would otherwise serialise {@code Instant} as bytes. Going through
 * {@link LocalDateTime} in UTC (not {@code java.sql.Timestamp}) keeps the stored value independent of the server's
 * and the JDBC driver's time zones, identical on H2 and MySQL.
 */
@Converter(autoApply = true)
public class UtcInstantConverter implements AttributeConverter<Instant, LocalDateTime> {

    @Override
    public LocalDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
