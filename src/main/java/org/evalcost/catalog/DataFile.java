package org.evalcost.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A data file of the shape {@code {"schema_version": 1, "<records>": [...], ...}}, read one record
 * at a time by its {@link Codec} off Jackson's streaming parser (no data binding, no reflection)
 * and written back the same way, two-space indented, ending in a newline.
 */
public final class DataFile {
  public static final int SCHEMA_VERSION = 1;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private DataFile() {}

  /** A record as read, with the reader that still knows where each of its fields stood. */
  public record Located<T>(T value, FieldReader at, int index) {}

  /** A file's records and the text fields it had beside them. */
  public record Content<T>(List<Located<T>> records, Map<String, String> scalars) {
    public List<T> values() {
      List<T> out = new ArrayList<>(records.size());
      for (Located<T> r : records) {
        out.add(r.value());
      }
      return out;
    }
  }

  public static <T> Content<T> read(DataSource source, String file, Codec<T> codec) {
    return read(source, file, codec, Set.of());
  }

  /** Reads every record; two with the same key are refused, at the second. */
  public static <T> Content<T> read(DataSource source, String file, Codec<T> codec, Set<String> scalarFields) {
    String label = source.label(file);
    try (InputStream in = source.open(file);
        JsonParser parser = FACTORY.createParser(in)) {
      return read(parser, label, codec, scalarFields);
    } catch (NumberFormatException e) {
      throw new DataException(label, 0, 0, null, "has a number that cannot be read: " + e.getMessage());
    } catch (JsonProcessingException e) {
      throw new DataException(label, RecordArray.line(e.getLocation()), RecordArray.column(e.getLocation()), null, e.getOriginalMessage());
    } catch (IOException e) {
      throw new DataException(label, 0, 0, null, "cannot be read: " + e.getMessage());
    }
  }

  private static <T> Content<T> read(JsonParser parser, String label, Codec<T> codec, Set<String> scalarFields)
      throws IOException {
    if (parser.nextToken() == null) {
      throw new DataException(label, 0, 0, null, "is empty; expected a JSON object");
    }
    RecordArray.expect(parser, label, JsonToken.START_OBJECT, "a JSON object");
    List<Located<T>> records = null;
    Map<String, String> scalars = new LinkedHashMap<>();
    boolean versioned = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonLocation at = parser.currentTokenLocation();
      parser.nextToken();
      if (name.equals("schema_version")) {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getIntValue() != SCHEMA_VERSION) {
          throw new DataException(label, RecordArray.line(at), RecordArray.column(at), name,
              "must be " + SCHEMA_VERSION + " (was " + parser.getText() + ")");
        }
        versioned = true;
      } else if (name.equals(codec.array())) {
        records = RecordArray.read(parser, label, codec);
      } else if (scalarFields.contains(name) && parser.currentToken() == JsonToken.VALUE_STRING) {
        scalars.put(name, parser.getText());
      } else {
        Set<String> known = new TreeSet<>(scalarFields);
        known.add("schema_version");
        known.add(codec.array());
        throw new DataException(label, RecordArray.line(at), RecordArray.column(at), name,
            scalarFields.contains(name) ? "must be a string" : "unknown field (known: " + String.join(", ", known) + ")");
      }
    }
    RecordArray.expect(parser, label, JsonToken.END_OBJECT, "a field name or '}'");
    if (parser.nextToken() != null) {
      throw new DataException(label, RecordArray.line(parser.currentTokenLocation()),
          RecordArray.column(parser.currentTokenLocation()), null, "has content after the closing '}'");
    }
    if (!versioned) {
      throw new DataException(label, 1, 1, "schema_version", "is missing; this evalcost reads version " + SCHEMA_VERSION);
    }
    if (records == null) {
      throw new DataException(label, 1, 1, codec.array(), "is missing");
    }
    return new Content<>(records, scalars);
  }

  /** {"schema_version": 1, "<records>": [...]} and any text fields after, as text ending in a newline. */
  public static <T> String write(Codec<T> codec, List<T> records, Map<String, String> scalars) {
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    StringWriter text = new StringWriter();
    try (JsonGenerator out = FACTORY.createGenerator(text)) {
      out.setPrettyPrinter(pretty);
      out.writeStartObject();
      out.writeNumberField("schema_version", SCHEMA_VERSION);
      out.writeArrayFieldStart(codec.array());
      FieldWriter fields = new FieldWriter(out);
      for (T r : records) {
        fields.record(r, codec::write);
      }
      out.writeEndArray();
      for (Map.Entry<String, String> e : scalars.entrySet()) {
        out.writeStringField(e.getKey(), e.getValue());
      }
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }

  public static <T> String write(Codec<T> codec, List<T> records) {
    return write(codec, records, Map.of());
  }
}
