package org.evalcost.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.evalcost.engine.Rates;
import org.evalcost.engine.Source;

/** One object's fields as {@link RecordSchema#read} found them, by name; a field not given is null. */
public final class FieldValues {
  private final RecordSchema schema;
  private final Object[] values;

  FieldValues(RecordSchema schema, Object[] values) {
    this.schema = schema;
    this.values = values;
  }

  public String text(String field) {
    return (String) values[schema.at(field)];
  }

  public BigDecimal decimal(String field) {
    return (BigDecimal) values[schema.at(field)];
  }

  public Long whole(String field) {
    return (Long) values[schema.at(field)];
  }

  public Integer integer(String field) {
    return (Integer) values[schema.at(field)];
  }

  /** A boolean, false when not given. */
  public boolean bool(String field) {
    return Boolean.TRUE.equals(values[schema.at(field)]);
  }

  @SuppressWarnings("unchecked")
  public List<String> texts(String field) {
    return (List<String>) values[schema.at(field)];
  }

  @SuppressWarnings("unchecked")
  public Map<String, BigDecimal> decimalMap(String field) {
    return (Map<String, BigDecimal>) values[schema.at(field)];
  }

  @SuppressWarnings("unchecked")
  public Map<String, String> textMap(String field) {
    return (Map<String, String>) values[schema.at(field)];
  }

  /** What the schema's {@link RecordSchema.Nested} read for the field. */
  @SuppressWarnings("unchecked")
  public <T> T nested(String field) {
    return (T) values[schema.at(field)];
  }

  /** The record's source and checked date, both required (else refused at the field missing). */
  public Source source() {
    return Values.source(text("source"), text("checked"));
  }

  /** The four rates of {@link RecordSchema#rates}; a value they refuse throws InvalidValueException. */
  public Rates rates() {
    return new Rates(decimal("input"), decimal("cached_input"), decimal("cache_write"), decimal("output"));
  }
}
