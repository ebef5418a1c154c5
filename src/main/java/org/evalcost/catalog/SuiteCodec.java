package org.evalcost.catalog;

import static org.evalcost.catalog.RecordSchema.Kind.INTEGER;
import static org.evalcost.catalog.RecordSchema.Kind.NESTED;
import static org.evalcost.catalog.RecordSchema.Kind.TEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.evalcost.engine.Suite;

/** A record of suites.json: benchmarks it must find in {@code benchmarks}, each with its repeats. */
public final class SuiteCodec extends Codec<Suite> {
  private static final RecordSchema FIELDS = new RecordSchema().key("id").with(TEXT, "name").with(NESTED, "benchmarks").sourced();
  private static final RecordSchema ENTRY_FIELDS = new RecordSchema().with(TEXT, "benchmark").with(INTEGER, "repeats");

  private final Set<String> benchmarks;

  public SuiteCodec(Set<String> benchmarks) {
    super("suites", "suite", FIELDS);
    this.benchmarks = benchmarks;
  }

  @Override
  protected Suite build(FieldReader in, FieldValues v) {
    List<Suite.Entry> entries = v.nested("benchmarks");
    return new Suite(v.text("id"), v.text("name"), entries == null ? null : new ArrayList<>(entries), v.source());
  }

  /** The suite's "benchmarks". */
  @Override
  public Object nested(String field, FieldReader in) {
    return in.objects(this::entry);
  }

  private Suite.Entry entry(FieldReader in) {
    FieldValues v = ENTRY_FIELDS.read(in);
    String benchmark = v.text("benchmark");
    Suite.Entry entry = new Suite.Entry(benchmark, in.required("repeats", v.integer("repeats")));
    if (!benchmarks.contains(benchmark)) {
      throw in.error("benchmark", "unknown benchmark '" + benchmark + "'");
    }
    return entry;
  }

  @Override
  public void write(FieldWriter out, Suite s) {
    out.text("id", s.id()).text("name", s.name()).objects("benchmarks", s.entries(),
        (o, e) -> o.text("benchmark", e.benchmark()).whole("repeats", (long) e.repeats()));
    Values.write(out, s.source());
  }
}
