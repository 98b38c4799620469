package com.calldesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class UtcInstantConverterTest {

  private final UtcInstantConverter converter = new UtcInstantConverter();

  @Test
  void storesUtcWallClockWhateverTheServerZone() {
    TimeZone original = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
      Instant instant = Instant.parse("2026-11-22T06:35:09.123Z");
      Timestamp stored = converter.convertToDatabaseColumn(instant);
      assertEquals("2026-11-22 06:35:09.123", stored.toString());
      assertEquals(instant, converter.convertToEntityAttribute(stored));
    } finally {
      TimeZone.setDefault(original);
    }
  }

  @Test
  void nullStaysNull() {
    assertNull(converter.convertToDatabaseColumn(null));
    assertNull(converter.convertToEntityAttribute(null));
  }
}
