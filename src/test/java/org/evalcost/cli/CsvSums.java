package org.evalcost.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;

/** Reads CSV output with a standard CSV reader and adds up a column, as a spreadsheet would. */
final class CsvSums {
  private CsvSums() {}

  static BigDecimal sum(String csv, String column) throws IOException {
    return sum(csv, column, null, null);
  }

  /** The sum over the rows whose {@code whereColumn} equals {@code equals} (all rows when null). */
  static BigDecimal sum(String csv, String column, String whereColumn, String equals) throws IOException {
    BigDecimal total = BigDecimal.ZERO;
    try (MappingIterator<Map<String, String>> rows = new CsvMapper()
        .readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      while (rows.hasNext()) {
        Map<String, String> row = rows.next();
        String value = row.get(column);
        if (whereColumn != null && !equals.equals(row.get(whereColumn))) {
          continue;
        }
        if (value != null && !value.isEmpty()) {
          total = total.add(new BigDecimal(value));
        }
      }
    }
    return total;
  }
}
