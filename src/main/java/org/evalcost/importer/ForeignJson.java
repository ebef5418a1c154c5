package org.evalcost.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import org.evalcost.catalog.DataException;

/** Reads another project's JSON exactly (numbers as decimals), with errors that say where. */
final class ForeignJson {
  static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  private ForeignJson() {}

  static JsonNode read(Path file) {
    DataException.unlessReadable(file, "is a directory, not a file");
    try {
      JsonNode node = MAPPER.readTree(file.toFile());
      if (node == null || node.isMissingNode()) {
        throw new DataException(file.toString(), 0, 0, null, "is empty");
      }
      return node;
    } catch (NumberFormatException e) {
      throw new DataException(file.toString(), 0, 0, null, "has a number that cannot be read: " + e.getMessage());
    } catch (JsonProcessingException e) {
      throw new DataException(file.toString(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), null, e.getOriginalMessage());
    } catch (IOException e) {
      throw new DataException(file.toString(), 0, 0, null, "cannot be read: " + e.getMessage());
    }
  }

  /** Whether a number is within what a price can be: no more than 50 digits either side of the point. */
  static boolean sane(JsonNode number) {
    java.math.BigDecimal d = number.decimalValue();
    return d.scale() <= 60 && d.scale() >= -50 && d.precision() - d.scale() <= 50;
  }

  /** A price per token as a price per million tokens, rid of binary-float printing noise below 1e-10. */
  static BigDecimal perMillion(JsonNode perToken) {
    return clean(perToken.decimalValue().multiply(MILLION));
  }

  static BigDecimal clean(BigDecimal value) {
    BigDecimal v = value.setScale(10, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }
}
