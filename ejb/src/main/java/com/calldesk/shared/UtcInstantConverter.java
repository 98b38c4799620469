package com.calldesk.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores every {@link Instant} as a UTC wall-clock {@code TIMESTAMP}, whatever the server's time
 * zone: the database reads the same in Beijing and in a UTC container, and a DBA's query needs no
 * conversion.
 */
@Converter(autoApply = true)
public class UtcInstantConverter implements AttributeConverter<Instant, Timestamp> {

  @Override
  public Timestamp convertToDatabaseColumn(Instant instant) {
    return timestamp(instant);
  }

  @Override
  public Instant convertToEntityAttribute(Timestamp timestamp) {
    return instant(timestamp);
  }

  /** An instant as the database keeps it, for native SQL parameters. */
  public static Timestamp timestamp(Instant instant) {
    return instant == null
        ? null
        : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  /** A timestamp column read by native SQL, as the instant it means. */
  public static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
  }
}
