package org.evalcost.catalog;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Writes one record's fields with the streaming generator, in the order a codec gives them; a
 * null value is left out, as the reader takes a missing field and a null one alike. Numbers are
 * written exactly as they are held (plain, never in exponent form).
 */
public final class FieldWriter {
  private final JsonGenerator out;

  FieldWriter(JsonGenerator out) {
    this.out = out;
  }

  public FieldWriter text(String field, String value) {
    return scalar(field, value);
  }

  public FieldWriter decimal(String field, BigDecimal value) {
    return scalar(field, value);
  }

  public FieldWriter whole(String field, Long value) {
    return scalar(field, value);
  }

  public FieldWriter bool(String field, Boolean value) {
    return scalar(field, value);
  }

  /** A string, number or boolean under its name; nothing when null. */
  private FieldWriter scalar(String field, Object value) {
    if (value == null) {
      return this;
    }
    try {
      out.writeFieldName(field);
      if (value instanceof String text) {
        out.writeString(text);
      } else if (value instanceof BigDecimal decimal) {
        out.writeNumber(decimal);
      } else if (value instanceof Long whole) {
        out.writeNumber(whole.longValue());
      } else {
        out.writeBoolean((Boolean) value);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public FieldWriter texts(String field, List<String> values) {
    if (values != null) {
      io(() -> {
        out.writeArrayFieldStart(field);
        for (String v : values) {
          out.writeString(v);
        }
        out.writeEndArray();
      });
    }
    return this;
  }

  public FieldWriter textMap(String field, Map<String, String> values) {
    if (values != null) {
      object(field, o -> values.forEach(o::text));
    }
    return this;
  }

  public FieldWriter decimalMap(String field, Map<String, BigDecimal> values) {
    if (values != null) {
      object(field, o -> values.forEach(o::decimal));
    }
    return this;
  }

  public FieldWriter object(String field, Consumer<FieldWriter> fields) {
    io(() -> out.writeObjectFieldStart(field));
    fields.accept(this);
    io(out::writeEndObject);
    return this;
  }

  public <T> FieldWriter objects(String field, List<T> values, BiConsumer<FieldWriter, T> element) {
    if (values != null) {
      io(() -> out.writeArrayFieldStart(field));
      for (T v : values) {
        record(v, element);
      }
      io(out::writeEndArray);
    }
    return this;
  }

  /** One object in an array being written. */
  <T> void record(T value, BiConsumer<FieldWriter, T> fields) {
    io(out::writeStartObject);
    fields.accept(this, value);
    io(out::writeEndObject);
  }

  private interface GeneratorCall {
    void call() throws IOException;
  }

  private static void io(GeneratorCall call) {
    try {
      call.call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
