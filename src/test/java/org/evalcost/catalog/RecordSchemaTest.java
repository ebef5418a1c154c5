package org.evalcost.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.evalcost.catalog.RecordSchema.Kind.BOOL;
import static org.evalcost.catalog.RecordSchema.Kind.DECIMAL;
import static org.evalcost.catalog.RecordSchema.Kind.DECIMAL_MAP;
import static org.evalcost.catalog.RecordSchema.Kind.INTEGER;
import static org.evalcost.catalog.RecordSchema.Kind.NESTED;
import static org.evalcost.catalog.RecordSchema.Kind.TEXT;
import static org.evalcost.catalog.RecordSchema.Kind.TEXTS;
import static org.evalcost.catalog.RecordSchema.Kind.TEXT_MAP;
import static org.evalcost.catalog.RecordSchema.Kind.WHOLE;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one loop every codec reads its fields through: each kind read as itself, and every refusal in its place. */
class RecordSchemaTest {
  /** A record of every kind a schema reads. */
  record Thing(String id, String note, BigDecimal size, Long count, Integer small, boolean flag, List<String> tags,
      Map<String, BigDecimal> sizes, Map<String, String> notes, List<String> nested) {}

  /** Reads things; its one nested field is an object whose field names it keeps. */
  static final class ThingCodec extends Codec<Thing> {
    static final RecordSchema FIELDS = new RecordSchema().key("id").with(TEXT, "note").with(DECIMAL, "size")
        .with(WHOLE, "count").with(INTEGER, "small").with(BOOL, "flag").with(TEXTS, "tags")
        .with(DECIMAL_MAP, "sizes").with(TEXT_MAP, "notes").with(NESTED, "nested");

    ThingCodec() {
      super("things", "thing", FIELDS);
    }

    @Override
    protected Thing build(FieldReader in, FieldValues v) {
      return new Thing(v.text("id"), v.text("note"), v.decimal("size"), v.whole("count"), v.integer("small"),
          v.bool("flag"), v.texts("tags"), v.decimalMap("sizes"), v.textMap("notes"), v.nested("nested"));
    }

    @Override
    public Object nested(String field, FieldReader in) {
      FieldReader o = in.object();
      List<String> names = new java.util.ArrayList<>();
      for (String name = o.next(); name != null; name = o.next()) {
        names.add(field + "." + name + "=" + o.text());
      }
      return names;
    }

    @Override
    public void write(FieldWriter out, Thing value) {
      out.text("id", value.id());
    }
  }

  @TempDir Path dir;

  private List<Thing> read(String... records) throws IOException {
    Files.writeString(dir.resolve("things.json"),
        "{\"schema_version\": 1, \"things\": [\n" + String.join(",\n", records) + "\n]}\n");
    return DataFile.read(DataSource.directory(dir), "things.json", new ThingCodec()).values();
  }

  private DataException refused(String... records) {
    return catchThrowableOfType(() -> read(records), DataException.class);
  }

  @Test
  void everyKindIsReadAsItself() throws IOException {
    Thing t = read("{\"id\": \"a\", \"note\": \"n\", \"size\": 1.50, \"count\": 1e3, \"small\": 7, \"flag\": true,"
        + " \"tags\": [\"x\", \"y\"], \"sizes\": {\"b\": 2, \"a\": 0.5}, \"notes\": {\"k\": \"v\"},"
        + " \"nested\": {\"p\": \"q\"}}").get(0);
    assertThat(t).isEqualTo(new Thing("a", "n", new BigDecimal("1.50"), 1000L, 7, true, List.of("x", "y"),
        Map.of("b", new BigDecimal("2"), "a", new BigDecimal("0.5")), Map.of("k", "v"), List.of("nested.p=q")));
    assertThat(t.sizes().keySet()).containsExactly("b", "a"); // in the file's order
  }

  @Test
  void aFieldLeftOutOrNullIsNullAndAMissingBooleanFalse() throws IOException {
    Thing t = read("{\"id\": \"a\", \"note\": null}").get(0);
    assertThat(t).isEqualTo(new Thing("a", null, null, null, null, false, null, null, null, null));
  }

  @Test
  void anUnknownFieldIsRefusedAtItsNameWithTheKnownOnesListed() {
    DataException e = refused("{\"id\": \"a\",\n \"colour\": 3}");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(2);
    assertThat(e.getMessage()).endsWith("thing 'a', field 'colour': unknown field (known: count, flag, id, nested, "
        + "note, notes, size, sizes, small, tags)");
  }

  @Test
  void aValueOfTheWrongKindIsRefusedAtTheValue() {
    DataException e = refused("{\"id\": \"a\", \"small\": 3000000000}");
    assertThat(e.getMessage()).endsWith("thing 'a', field 'small': is too large (was 3000000000)");
    assertThat(refused("{\"id\": \"a\", \"tags\": \"x\"}").getMessage())
        .endsWith("thing 'a', field 'tags': expected an array but found a string");
  }

  @Test
  void theKeyNamesTheRecordAndMustBeUnique() {
    DataException e = refused("{\"id\": \"a\"}", "{\"id\": \"a\"}");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.getMessage()).contains("thing 'a'").contains("duplicate: record #1 has the same id");
  }

  @Test
  void aSchemaNamesEachFieldOnce() {
    assertThatThrownBy(() -> new RecordSchema().with(TEXT, "a").with(DECIMAL, "a"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("field 'a' twice");
  }

  @Test
  void askingForAFieldTheSchemaLacksIsTheCodecsMistake() {
    assertThatThrownBy(() -> ThingCodec.FIELDS.at("colour")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no field 'colour' in [id, note, size");
  }
}
